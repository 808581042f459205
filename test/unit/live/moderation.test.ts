// The moderation word filter: which texts are held for the lecturer (case, accents, invisible characters and digit
// lookalikes read through), which pass (place names and everyday words that contain a listed word: the Scunthorpe
// problem), and the lecturer's own list with errors naming the file and line.
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORD_LIST } from '../../../logic/live/moderation-words.ts'
import { buildFilter, defaultEntries, matchedWords, parseWordList, wordForms } from '../../../logic/live/moderation.ts'

const filter = buildFilter()

describe('matchedWords with the default list', () => {
  it.each([
    ['Why the fuck did RIM agree?', ['fuck*']],
    ['FUCKING hell', ['fuck*']],
    ['Fück this', ['fuck*']],
    ['b1tch, wh0re', ['bitch*', 'whore*']],
    ['sh1t question, sorry', ['shit*']],
    ['$hit', ['shit*']],
    ['fuuuuck', ['fuck*']],
    ['fu\u200Bck', ['fuck*']],
    ['what a dick', ['dick']],
    ['dicks', ['dick']],
    ['you bitches', ['bitch*']],
    ['shit and more shit, fucking shit', ['shit*', 'fuck*']],
    ['ＦＵＣＫ', ['fuck*']],
  ])('holds %j (matches %j)', (text, words) => {
    expect(matchedWords(text, filter)).toEqual(words)
  })

  it.each([
    'Is Scunthorpe covered by the Investigatory Powers Act?',
    'Essex, Middlesex and Sussex police',
    'Did the assassin use BlackBerry Messenger?',
    'The cockpit voice recorder was encrypted',
    'Charles Dickens wrote about the post office',
    'What did Pakistan ask RIM for?',
    'A class on therapists and grapes',
    'Cocktails at the Hancock bar',
    'a chink in the armour of end-to-end encryption',
    'flame retardant laptops',
    'Is shiitake a mushroom?',
    'Arsenal fans use WhatsApp',
    'the 2024 law, section 5 and 1337 bits',
    'Is the passphrase "p4ssw0rd" weak?',
    'Skunk works',
    'Who matched the documents?',
  ])('lets %j through', (text) => {
    expect(matchedWords(text, filter)).toEqual([])
  })
})

describe('wordForms', () => {
  it.each([
    ['Fück', [['fuck']]],
    ['2024', [['2024']]],
    ['h3ll0', [['hello']]],
    ['nooooo', [['nooooo', 'no', 'noo']]],
    ['a-b', [['a'], ['b']]],
  ])('%j reads as %j', (text, forms) => {
    expect(wordForms(text)).toEqual(forms)
  })
})

describe('the lecturer\'s list', () => {
  it('adds whole words and stems, and takes default entries out with -entry', () => {
    const parsed = parseWordList('# my course\nsnitch\ngrass*\n-dick\n\n-fuck*  # allowed in this seminar\n', 'words.txt')
    expect(parsed).toEqual({ ok: true, entries: [{ word: 'snitch', stem: false }, { word: 'grass', stem: true }], removed: ['dick', 'fuck*'] })
    const mine = buildFilter(parsed.ok ? parsed : undefined)
    expect(matchedWords('what a dick, a snitch, grassing', mine)).toEqual(['snitch', 'grass*'])
    expect(matchedWords('fucking hell', mine)).toEqual([])
    expect(matchedWords('shit', mine)).toEqual(['shit*'])
  })

  it.each([
    ['two words', 'bad word', 'words.txt:1: "bad word" is not a word list entry'],
    ['a digit', 'b4d', 'words.txt:1: "b4d" is not a word list entry'],
    ['one letter', 'x', 'words.txt:1: "x" is not a word list entry'],
    ['a lone star', '*', 'words.txt:1: "*" is not a word list entry'],
    ['an inner star, on line 3', 'ok\n\nba*d', 'words.txt:3: "ba*d" is not a word list entry'],
  ])('refuses %s, naming the file and line', (_, text, message) => {
    const parsed = parseWordList(text, 'words.txt')
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? [] : parsed.errors[0]).toContain(message)
  })

  it('the default list reads without errors and holds each of its own entries', () => {
    expect(parseWordList(DEFAULT_WORD_LIST, 'default').ok).toBe(true)
    for (const entry of defaultEntries())
      expect(matchedWords(`is ${entry.word} ok`, filter)).toEqual([entry.stem ? `${entry.word}*` : entry.word])
  })
})
