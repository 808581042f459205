// Every question kind in the registry has an interchange mapping: a GIFT
// writer or a stated reason it cannot be expressed, a QTI interaction and a
// Canvas writer.
import { describe, expect, it } from 'vitest'
import { formatsByKind, isUnsupported } from '../../logic/interchange/formats.ts'
import { quizToGift } from '../../logic/interchange/gift-export.ts'
import { questionToQtiItem } from '../../logic/interchange/qti-item.ts'
import { kindNames } from '../../logic/kinds/registry.ts'
import { everyKind, nastyQuiz } from './interchange-fixture.ts'

describe('interchange table', () => {
  it('the test quiz has one question of every registered kind', () => {
    expect(Object.keys(everyKind).sort()).toEqual([...kindNames].sort())
  })

  it.each(kindNames)('%s: has GIFT, QTI and Canvas entries', (kind) => {
    const formats = formatsByKind[kind]
    expect(formats, `add "${kind}" to logic/interchange/formats.ts`).toBeDefined()
    const gift = formats.gift
    if (isUnsupported(gift))
      expect(gift.unsupported).toMatch(/\w{5,}/)
    else
      expect(gift).toBeTypeOf('function')
    expect(formats.qti.write).toBeTypeOf('function')
    expect(formats.canvas).toBeTypeOf('function')
  })

  it.each(kindNames)('%s: the GIFT export either contains the question or lists it as skipped with its reason', (kind) => {
    const question = everyKind[kind]
    const { text, skipped } = quizToGift({ ...nastyQuiz, questions: [question] })
    const gift = formatsByKind[kind].gift
    if (isUnsupported(gift)) {
      expect(skipped).toEqual([{ questionId: question.id, kind, reason: gift.unsupported }])
      expect(text).toContain(`SKIPPED: ${kind} question "${question.id}"`)
      expect(text).not.toContain(`::${question.id}::`)
    }
    else {
      expect(skipped).toEqual([])
      expect(text).toContain(`::${question.id}::`)
    }
  })

  it.each(kindNames)('%s: the QTI item uses the mapped interaction', (kind) => {
    const { xml } = questionToQtiItem('nasty', everyKind[kind])
    expect(xml).toContain(`<${formatsByKind[kind].qti.interaction} responseIdentifier="RESPONSE"`)
  })
})
