// ObjectiveList: the learning objectives, in order, as data/objectives.yaml has them.
import { describe, expect, it } from 'vitest'
import ObjectiveList from '../../../components/ObjectiveList.vue'
import { mountDeck } from './mount-deck.ts'

describe('ObjectiveList', () => {
  it('lists the seven objectives in order, each with its title', () => {
    const items = mountDeck(ObjectiveList).findAll('li')
    expect(items).toHaveLength(7)
    expect(items[0]?.text()).toMatch(/^Key concepts\. Define encryption/)
    expect(items[6]?.text()).toMatch(/^Reading sources critically\./)
  })
})
