// <ControlButtons>: the lecturer's controls follow the session's phase, their single-key shortcuts work except while typing, and Finish asks first.
import type { ControlContext } from '../../../live/src/control/controls.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ControlButtons from '../../../live/src/control/ControlButtons.vue'
import { accessibleName, button, buttons } from './queries.ts'

function mountButtons(context: Partial<ControlContext> = {}, offline = false) {
  return mount(ControlButtons, {
    props: { context: { phase: 'lobby', picked: true, pickedIsOpen: false, pickedIsRevealed: false, hasNext: true, ...context }, offline },
    attachTo: document.body,
  })
}

function enabled(wrapper: ReturnType<typeof mountButtons>): string[] {
  return buttons(wrapper).filter(b => !b.element.disabled).map(b => accessibleName(b.element))
}

function press(key: string, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
}

describe('ControlButtons', () => {
  it.each<[string, Partial<ControlContext>, string[]]>([
    ['lobby, a question picked', { phase: 'lobby' }, ['Open', 'Finish']],
    ['lobby, nothing picked', { phase: 'lobby', picked: false }, ['Finish']],
    ['open, the open question picked', { phase: 'open', pickedIsOpen: true }, ['Close', 'Show votes', 'Discuss, then vote again', 'Reveal', 'Next', 'Finish']],
    ['open, another question picked', { phase: 'open' }, ['Open', 'Close', 'Show votes', 'Discuss, then vote again', 'Reveal', 'Next', 'Finish']],
    ['closed', { phase: 'closed' }, ['Open', 'Show votes', 'Discuss, then vote again', 'Reveal', 'Next', 'Finish']],
    ['closed, votes shown', { phase: 'closed', step: 'votes' }, ['Open', 'Discuss, then vote again', 'Reveal', 'Next', 'Finish']],
    ['discussing before round 2', { phase: 'closed', round: 2, step: 'discuss' }, ['Open', 'Open round 2', 'Reveal', 'Next', 'Finish']],
    ['round 2 open', { phase: 'open', round: 2, pickedIsOpen: true }, ['Close', 'Show votes', 'Reveal', 'Next', 'Finish']],
    ['round 2, votes shown', { phase: 'closed', round: 2, step: 'votes' }, ['Open', 'Reveal', 'Next', 'Finish']],
    ['revealed', { phase: 'revealed' }, ['Open', 'Next', 'Finish']],
    ['revealed, last question of the quiz', { phase: 'revealed', hasNext: false }, ['Open', 'Finish']],
    ['revealed, the revealed question still picked', { phase: 'revealed', pickedIsRevealed: true }, ['Next', 'Finish']],
    ['open, a question revealed earlier picked', { phase: 'open', pickedIsRevealed: true }, ['Close', 'Show votes', 'Discuss, then vote again', 'Reveal', 'Next', 'Finish']],
    ['finished', { phase: 'finished' }, []],
  ])('%s: enables %j', (_case, context, expected) => {
    const wrapper = mountButtons(context)
    expect(enabled(wrapper)).toEqual(expected)
    wrapper.unmount()
  })

  it('disables every control while the connection is down', () => {
    const wrapper = mountButtons({ phase: 'open' }, true)
    expect(enabled(wrapper)).toEqual([])
    wrapper.unmount()
  })

  it('shows each shortcut on its button and announces it', () => {
    const wrapper = mountButtons()
    expect(buttons(wrapper).map(b => [b.text(), b.attributes('aria-keyshortcuts') ?? null])).toEqual([
      ['OpenO', 'O'],
      ['CloseC', 'C'],
      ['Show votesV', 'V'],
      ['Discuss, then vote againD', 'D'],
      ['Open round 2A', 'A'],
      ['RevealR', 'R'],
      ['NextN', 'N'],
      ['Finish', null],
    ])
    wrapper.unmount()
  })

  it('presses an enabled button by its key, and ignores the keys of disabled ones', () => {
    const wrapper = mountButtons({ phase: 'open' })
    press('c')
    press('R')
    press('o')
    expect(wrapper.emitted('control')).toEqual([['close'], ['reveal'], ['open']])
    wrapper.unmount()
    const peer = mountButtons({ phase: 'closed', round: 2, step: 'discuss' })
    press('v')
    press('a')
    expect(peer.emitted('control')).toEqual([['vote-again']])
    peer.unmount()
    const blind = mountButtons({ phase: 'open' })
    press('v')
    press('d')
    expect(blind.emitted('control')).toEqual([['show-votes'], ['discuss']])
    blind.unmount()
    const lobby = mountButtons({ phase: 'lobby' })
    press('c')
    expect(lobby.emitted('control')).toBeUndefined()
    lobby.unmount()
  })

  it.each(['input', 'textarea', 'select'])('does nothing while typing in a %s', (tag) => {
    const wrapper = mountButtons({ phase: 'open' })
    const input = document.createElement(tag)
    document.body.append(input)
    press('c', input)
    expect(wrapper.emitted('control')).toBeUndefined()
    input.remove()
    wrapper.unmount()
  })

  it('ignores keys pressed with Ctrl or Cmd (the browser\'s own shortcuts)', () => {
    const wrapper = mountButtons({ phase: 'open' })
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true }))
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', metaKey: true, bubbles: true }))
    expect(wrapper.emitted('control')).toBeUndefined()
    wrapper.unmount()
  })

  it('asks before finishing, and cancelling finishes nothing', async () => {
    const wrapper = mountButtons({ phase: 'revealed' })
    await button(wrapper, 'Finish').trigger('click')
    expect(wrapper.emitted('control')).toBeUndefined()
    expect(wrapper.text()).toContain('Finish the session? Students can no longer answer.')
    expect(document.activeElement?.textContent?.trim()).toBe('Yes, finish')
    await button(wrapper, 'Cancel').trigger('click')
    expect(wrapper.text()).not.toContain('Finish the session?')
    await button(wrapper, 'Finish').trigger('click')
    await button(wrapper, 'Yes, finish').trigger('click')
    expect(wrapper.emitted('control')).toEqual([['finish']])
    wrapper.unmount()
  })
})
