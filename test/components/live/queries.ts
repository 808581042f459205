// Finds elements as a user (or a screen reader) does in the live page tests: buttons by accessible name, fields by label, tables by caption.
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

type Wrapper = VueWrapper | DOMWrapper<Element>

const SPACES = /\s+/g

/** An element's accessible text: its aria-label, or its text without the parts hidden from assistive technology. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')
  if (label)
    return label
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach(e => e.remove())
  return (copy.textContent ?? '').replace(SPACES, ' ').trim()
}

export function buttons(wrapper: Wrapper): Array<DOMWrapper<HTMLButtonElement>> {
  return wrapper.findAll('button')
}

export function button(wrapper: Wrapper, name: string): DOMWrapper<HTMLButtonElement> {
  const found = buttons(wrapper).find(b => accessibleName(b.element) === name)
  if (!found)
    throw new Error(`no button "${name}" in: ${buttons(wrapper).map(b => accessibleName(b.element)).join(' | ')}`)
  return found
}

export function field(wrapper: Wrapper, label: string): DOMWrapper<HTMLInputElement> {
  const found = wrapper.findAll('label').find(l => l.text().trim() === label)
  const control = found && wrapper.find<HTMLInputElement>(`[id="${found.attributes('for')}"]`)
  if (!control?.exists())
    throw new Error(`no field labelled "${label}" in: ${wrapper.text()}`)
  return control
}

/** The body rows of the table with this caption, as the text of their cells. */
export function tableRows(wrapper: Wrapper, caption: string): string[][] {
  const table = wrapper.findAll('table').find(t => t.find('caption').text() === caption)
  if (!table)
    throw new Error(`no table "${caption}"`)
  return table.findAll('tbody tr').map(tr => tr.findAll('th, td').map(c => accessibleName(c.element)))
}
