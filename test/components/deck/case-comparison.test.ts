// CaseComparison: the three cases as columns, one row per aspect, every cell cited.
import { describe, expect, it } from 'vitest'
import CaseComparison from '../../../components/CaseComparison.vue'
import { mountDeck } from './mount-deck.ts'

describe('CaseComparison', () => {
  it('has a column per case and a row header per aspect', () => {
    const wrapper = mountDeck(CaseComparison)
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['BlackBerry in Pakistan', 'WhatsApp and the UK', 'The letter to Facebook'])
    expect(wrapper.findAll('tbody th[scope="row"]').length).toBeGreaterThanOrEqual(5)
  })

  it('shows only the rows asked for, each cell with a citation', () => {
    const wrapper = mountDeck(CaseComparison, { rows: ['scale'] })
    const cells = wrapper.findAll('tbody td')
    expect(cells.map(td => td.text().split('↗')[0]?.trim())).toEqual([
      expect.stringContaining('5,000'),
      expect.stringContaining('Not stated'),
      expect.stringContaining('1.5 billion'),
    ])
    for (const cell of cells)
      expect(cell.find('button').exists()).toBe(true)
  })
})
