// Poll logic: what a student may send, the tallies of each kind, before/after
// movement on a scale, the CSV of results, and the deck's saved own answers.
import type { ChoicePoll, OpenTextPoll, ScalePoll, WordsPoll } from '../../logic/content/polls.ts'
import type { ScaleResponse } from '../../logic/polls/movement.ts'
import { describe, expect, it } from 'vitest'
import { csvText } from '../../logic/csv.ts'
import { readPollAnswer } from '../../logic/polls/answer.ts'
import { ownMovement, scaleMovement } from '../../logic/polls/movement.ts'
import { decodeOwnAnswers, OWN_ANSWERS_KEY } from '../../logic/polls/own-answers.ts'
import { movementRows, pollResultRows } from '../../logic/polls/results-csv.ts'
import { cloudWord, tallyChoice, tallyPoll, tallyScale, tallyText, tallyWords } from '../../logic/polls/tally.ts'
import { STORAGE_KEY_PATTERN } from '../../logic/progress/record.ts'

const scale: ScalePoll = { id: 'stance', kind: 'scale', prompt: 'Where do you stand?', points: 7, low: 'Privacy first', high: 'Lawful access first', labels: { 4: 'Undecided' } }
const single: ChoicePoll = { id: 'pick', kind: 'choice', prompt: 'Which?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }] }
const multiple: ChoicePoll = { ...single, id: 'picks', multiple: true }
const cloud: WordsPoll = { id: 'cloud', kind: 'words', prompt: 'Three words', maxWords: 3, maxLength: 12 }
const open: OpenTextPoll = { id: 'open', kind: 'text', prompt: 'Why?', maxLength: 20 }

describe('what a student may send', () => {
  it.each<[string, ScalePoll | ChoicePoll | WordsPoll | OpenTextPoll, unknown, unknown]>([
    ['a scale point', scale, 4, 4],
    ['the first point', scale, 1, 1],
    ['the last point', scale, 7, 7],
    ['point 0', scale, 0, 'Pick a point from 1 to 7.'],
    ['point 8', scale, 8, 'Pick a point from 1 to 7.'],
    ['point 3.5', scale, 3.5, 'Pick a point from 1 to 7.'],
    ['a point as text', scale, '4', 'Pick a point from 1 to 7.'],
    ['NaN', scale, Number.NaN, 'Pick a point from 1 to 7.'],
    ['one option', single, ['a'], ['a']],
    ['two options where one is allowed', single, ['a', 'b'], 'Pick only one option.'],
    ['two options where several are allowed', multiple, ['a', 'b'], ['a', 'b']],
    ['no option', multiple, [], 'Pick at least one option.'],
    ['an option twice', multiple, ['a', 'a'], 'Each option may be picked once.'],
    ['an unknown option', single, ['z'], 'That is not one of the options.'],
    ['an option as a bare string', single, 'a', 'Pick one of the options.'],
    ['three words, tidied', cloud, [' Trust ', 'safety', 'end-to-end'], ['Trust', 'safety', 'end-to-end']],
    ['empty boxes left out', cloud, ['trust', '  ', ''], ['trust']],
    ['four words', cloud, ['a', 'b', 'c', 'd'], 'Send one to 3 words.'],
    ['no word', cloud, ['', ' '], 'Send one to 3 words.'],
    ['two words in a box', cloud, ['end to end'], 'One word in each box (join words with a hyphen: end-to-end).'],
    ['a word of 13 characters', cloud, ['abcdefghijklm'], 'Each word may be at most 12 characters.'],
    ['a word of 12 characters with an accent', cloud, ['ábcdefghijkl'], ['ábcdefghijkl']],
    ['a word as a bare string', cloud, 'trust', 'Send one to 3 words.'],
    ['a sentence, spaces collapsed', open, '  It  depends. ', 'It depends.'],
    ['an empty sentence', open, '   ', 'Write an answer first.'],
    ['a sentence of 21 characters', open, 'x'.repeat(21), 'Answers may be at most 20 characters.'],
    ['a sentence of 20 emoji', open, '🙂'.repeat(20), '🙂'.repeat(20)],
    ['HTML, kept as text', open, '<b>hi</b>', '<b>hi</b>'],
    ['a number for text', open, 42, 'Write an answer first.'],
  ])('%s', (_what, poll, raw, expected) => {
    const read = readPollAnswer(poll, raw)
    expect(read.ok ? read.value : read.problem).toEqual(expected)
  })

  it('refuses words in a one-word cloud with a message for one word', () => {
    expect(readPollAnswer({ ...cloud, maxWords: 1 }, ['a', 'b'])).toEqual({ ok: false, problem: 'Send one word.' })
  })
})

describe('scale tallies', () => {
  it.each<[string, unknown[], number[], number | null, number | null, number, number]>([
    ['nobody answered', [], [0, 0, 0, 0, 0, 0, 0], null, null, 0, 0],
    ['one answer', [5], [0, 0, 0, 0, 1, 0, 0], 5, 5, 1, 0],
    ['an odd number', [1, 2, 7], [1, 1, 0, 0, 0, 0, 1], 10 / 3, 2, 3, 0],
    ['an even number: the median between the middle two', [1, 2, 6, 7], [1, 1, 0, 0, 0, 1, 1], 4, 4, 4, 0],
    ['a tie on two points', [3, 3, 5, 5], [0, 0, 2, 0, 2, 0, 0], 4, 4, 4, 0],
    ['out-of-range and wrong answers refused, not counted', [0, 8, 2.5, '4', null, 4], [0, 0, 0, 1, 0, 0, 0], 4, 4, 1, 5],
  ])('%s', (_what, answers, counts, mean, median, n, refused) => {
    const tally = tallyScale(scale, answers)
    expect(tally).toEqual({ kind: 'scale', counts, mean, median, n, refused })
  })
})

describe('choice tallies', () => {
  it.each<[string, ChoicePoll, unknown[], number[], number[], number, number]>([
    ['nobody answered', single, [], [0, 0, 0], [0, 0, 0], 0, 0],
    ['single choice', single, [['a'], ['a'], ['b'], ['a']], [3, 1, 0], [0.75, 0.25, 0], 4, 0],
    ['multiple choice: shares of respondents, adding up to more than 1', multiple, [['a', 'b'], ['b'], ['b', 'c']], [1, 3, 1], [1 / 3, 1, 1 / 3], 3, 0],
    ['a tie', single, [['a'], ['b']], [1, 1, 0], [0.5, 0.5, 0], 2, 0],
    ['refused answers', single, [['a', 'b'], ['z'], 'a', ['c']], [0, 0, 1], [0, 0, 1], 1, 3],
  ])('%s', (_what, poll, answers, counts, shares, n, refused) => {
    const tally = tallyChoice(poll, answers)
    expect(tally.options.map(o => o.count)).toEqual(counts)
    expect(tally.options.map(o => o.share)).toEqual(shares)
    expect([tally.n, tally.refused]).toEqual([n, refused])
  })
})

describe('word clouds', () => {
  it.each<[string, string]>([
    ['Privacy', 'privacy'],
    ['privacy!', 'privacy'],
    ['"Trust"', 'trust'],
    ['(safety)', 'safety'],
    ['end-to-end', 'end-to-end'],
    ['U.K.', 'u.k'],
    ['backdoors', 'backdoors'],
    ['ＦＵＬＬ', 'full'],
    ['...', ''],
  ])('counts %s as %s', (word, counted) => {
    expect(cloudWord(word)).toBe(counted)
  })

  it.each<[string, unknown[], number | undefined, Array<[string, number]>, number, number]>([
    ['nobody answered', [], undefined, [], 0, 0],
    ['case and punctuation folded; plurals kept apart', [['Privacy', 'backdoor'], ['privacy!', 'backdoors'], ['PRIVACY']], undefined, [['privacy', 3], ['backdoor', 1], ['backdoors', 1]], 3, 0],
    ['a word sent twice by one student counts once', [['trust', 'Trust', 'trust.']], undefined, [['trust', 1]], 1, 0],
    ['ties in alphabetical order, then top N', [['zeta', 'alpha'], ['mid', 'zeta'], ['alpha']], 2, [['alpha', 2], ['zeta', 2]], 3, 0],
    ['refused answers', [['a b'], ['x'.repeat(13)], ['fine']], undefined, [['fine', 1]], 1, 2],
    ['a word of punctuation only is not counted', [['!!!']], undefined, [], 1, 0],
  ])('%s', (_what, answers, top, words, n, refused) => {
    const tally = tallyWords(cloud, answers, top)
    expect(tally.words.map(w => [w.word, w.count])).toEqual(words)
    expect([tally.n, tally.refused]).toEqual([n, refused])
  })
})

describe('open text', () => {
  it.each<[string, unknown[], string[], number]>([
    ['nobody answered', [], [], 0],
    ['entries in the order they came', ['Second thought', 'First', ' spaced  out '], ['Second thought', 'First', 'spaced out'], 0],
    ['too long or empty refused', ['x'.repeat(21), '', 'ok'], ['ok'], 2],
  ])('%s', (_what, answers, entries, refused) => {
    expect(tallyText(open, answers)).toEqual({ kind: 'text', entries, n: entries.length, refused })
  })

  it('tallies any kind through tallyPoll', () => {
    expect(tallyPoll(open, ['a']).kind).toBe('text')
    expect(tallyPoll(scale, [1]).kind).toBe('scale')
  })
})

describe('before and after', () => {
  const r = (participant: string, answer: unknown): ScaleResponse => ({ participant, answer })

  it.each<[string, ScaleResponse[], ScaleResponse[], Partial<ReturnType<typeof scaleMovement>>]>([
    ['nobody answered', [], [], { meanShift: null, paired: 0, pairedMeanShift: null, towardLow: 0, towardHigh: 0, stayed: 0 }],
    ['only the first run', [r('a', 2), r('b', 4)], [], { meanShift: null, paired: 0, pairedMeanShift: null, towardLow: 0, towardHigh: 0, stayed: 0 }],
    ['only the second run', [], [r('a', 2)], { meanShift: null, paired: 0, towardLow: 0, towardHigh: 0, stayed: 0 }],
    ['moves each way and stays', [r('a', 2), r('b', 4), r('c', 6)], [r('a', 4), r('b', 4), r('c', 1)], { meanShift: -1, paired: 3, pairedMeanShift: -1, towardLow: 1, towardHigh: 1, stayed: 1 }],
    ['only those who answered both are counted as moving', [r('a', 1), r('b', 7)], [r('a', 3), r('c', 1)], { meanShift: -2, paired: 1, pairedMeanShift: 2, towardLow: 0, towardHigh: 1, stayed: 0 }],
    ['a later answer in a run replaces an earlier one', [r('a', 1), r('a', 2)], [r('a', 2)], { paired: 1, stayed: 1, towardHigh: 0 }],
    ['out-of-range answers are refused and do not pair', [r('a', 9), r('b', 3)], [r('a', 5), r('b', 0)], { paired: 0, meanShift: 2 }],
  ])('%s', (_what, before, after, expected) => {
    expect(scaleMovement(scale, before, after)).toMatchObject(expected)
  })

  it('keeps both distributions whole, with what was refused', () => {
    const movement = scaleMovement(scale, [r('a', 1), r('b', 1), r('c', 9)], [r('a', 7), r('d', 4)])
    expect(movement.before).toMatchObject({ counts: [2, 0, 0, 0, 0, 0, 0], n: 2, refused: 1 })
    expect(movement.after).toMatchObject({ counts: [0, 0, 0, 1, 0, 0, 1], n: 2, refused: 0 })
  })

  it.each<[string, number | undefined, number | undefined, string]>([
    ['no answers', undefined, undefined, 'You have not placed yourself on the scale yet.'],
    ['only before', 3, undefined, 'At the start you chose 3. Choose again now to see whether you moved.'],
    ['only after', undefined, 4, 'You are at 4, Undecided. You did not answer at the start, so there is nothing to compare.'],
    ['stayed', 4, 4, 'You stayed at 4, Undecided.'],
    ['two points toward the high end', 2, 4, 'You moved two points toward Lawful access first: from 2 to 4, Undecided.'],
    ['one point toward the low end', 2, 1, 'You moved one point toward Privacy first: from 2 to 1, Privacy first.'],
    ['across the whole scale', 1, 7, 'You moved six points toward Lawful access first: from 1, Privacy first to 7, Lawful access first.'],
  ])('tells a student: %s', (_what, before, after, sentence) => {
    expect(ownMovement(scale, before, after)).toBe(sentence)
  })
})

describe('results as CSV', () => {
  it('lists a scale point by point, with mean, median and respondents', () => {
    expect(csvText(pollResultRows(scale, tallyScale(scale, [1, 4, 4])))).toBe([
      'poll,prompt,answer,count,percent of respondents',
      'stance,Where do you stand?,"1, Privacy first",1,33.3',
      'stance,Where do you stand?,2,0,0',
      'stance,Where do you stand?,3,0,0',
      'stance,Where do you stand?,"4, Undecided",2,66.7',
      'stance,Where do you stand?,5,0,0',
      'stance,Where do you stand?,6,0,0',
      'stance,Where do you stand?,"7, Lawful access first",0,0',
      'stance,Where do you stand?,mean (of the points),3,',
      'stance,Where do you stand?,median,4,',
      'stance,Where do you stand?,respondents,3,',
      '',
    ].join('\r\n'))
  })

  it('leaves percentages and means empty when nobody answered', () => {
    expect(pollResultRows(scale, tallyScale(scale, [])).slice(1, 2)).toEqual([['stance', 'Where do you stand?', '1, Privacy first', 0, null]])
    expect(pollResultRows(scale, tallyScale(scale, [])).at(-3)).toEqual(['stance', 'Where do you stand?', 'mean (of the points)', null, null])
  })

  it('defuses a student\'s word or sentence that a spreadsheet would run as a formula', () => {
    // A word loses the symbols around it before it is counted, so "=cmd" is "cmd".
    expect(csvText(pollResultRows(cloud, tallyWords(cloud, [['=cmd']])))).toContain('cloud,Three words,cmd,1,100')
    const text = csvText(pollResultRows(open, tallyText(open, ['+SUM(A1)', 'a, b'])))
    expect(text).toContain('open,Why?,\'+SUM(A1),,\r\n')
    expect(text).toContain('open,Why?,"a, b",,\r\n')
    expect(text).toContain('open,Why?,respondents,2,\r\n')
  })

  it('lists choice options with counts and shares', () => {
    expect(pollResultRows(multiple, tallyChoice(multiple, [['a', 'b'], ['b']])).slice(1)).toEqual([
      ['picks', 'Which?', 'A', 1, 50],
      ['picks', 'Which?', 'B', 2, 100],
      ['picks', 'Which?', 'C', 0, 0],
      ['picks', 'Which?', 'respondents', 2, null],
    ])
  })

  it('compares two runs of a scale point by point, and who moved', () => {
    const movement = scaleMovement(scale, [{ participant: 'a', answer: 2 }], [{ participant: 'a', answer: 1 }])
    const rows = movementRows(scale, movement)
    expect(rows[0]).toEqual(['poll', 'prompt', 'answer', 'before', 'after'])
    expect(rows.slice(1, 3)).toEqual([['stance', 'Where do you stand?', '1, Privacy first', 0, 1], ['stance', 'Where do you stand?', '2', 1, 0]])
    expect(rows.slice(-3).map(row => [row[2], row[3]])).toEqual([['moved toward Privacy first', 1], ['moved toward Lawful access first', 0], ['stayed', 0]])
  })
})

describe('a student\'s own answers, saved in the browser', () => {
  const saved = (answers: unknown) => JSON.stringify({ version: 1, answers })

  it.each<[string, string | null, object, string | undefined]>([
    ['nothing saved', null, {}, undefined],
    ['both runs', saved({ stance: { before: 2, after: 5 } }), { stance: { before: 2, after: 5 } }, undefined],
    ['not JSON', '{oops', {}, 'Your saved answers to the opinion scale could not be read (they were damaged), so they were cleared.'],
    ['the wrong shape', saved({ stance: { before: 'two' } }), {}, 'Your saved answers to the opinion scale could not be read (they were damaged), so they were cleared.'],
    ['another version', JSON.stringify({ version: 9, answers: {} }), {}, 'Your saved answers to the opinion scale could not be read (they were damaged), so they were cleared.'],
    ['a point the scale no longer has', saved({ stance: { before: 9, after: 3 } }), { stance: { after: 3 } }, 'Some of your saved answers to the opinion scale no longer fit it (the scale changed), so they were cleared.'],
    ['a poll that no longer exists', saved({ gone: { before: 1 } }), {}, 'Some of your saved answers to the opinion scale no longer fit it (the scale changed), so they were cleared.'],
  ])('%s', (_what, text, answers, notice) => {
    expect(decodeOwnAnswers(text, [scale])).toEqual({ record: { version: 1, answers }, ...(notice ? { notice } : {}) })
  })

  it('is saved under a key the quiz store does not clear as its own', () => {
    expect(STORAGE_KEY_PATTERN.test(OWN_ANSWERS_KEY)).toBe(false)
  })
})
