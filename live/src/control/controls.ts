// The lecturer's control buttons: their labels and keyboard shortcuts, and which ones the session's phase allows.
import type { ControlAction, Phase, Step } from '../../../logic/live/protocol.ts'
import { hasQuestion } from '../../../logic/live/session.ts'

export interface ControlButton {
  action: ControlAction
  label: string
  /** A single key (lower case) that presses the button; finishing has none, it asks first. */
  key?: string
}

export const controlButtons: ControlButton[] = [
  { action: 'open', label: 'Open', key: 'o' },
  { action: 'close', label: 'Close', key: 'c' },
  { action: 'show-votes', label: 'Show votes', key: 'v' },
  { action: 'discuss', label: 'Discuss, then vote again', key: 'd' },
  { action: 'vote-again', label: 'Open round 2', key: 'a' },
  { action: 'reveal', label: 'Reveal', key: 'r' },
  { action: 'next', label: 'Next', key: 'n' },
  { action: 'finish', label: 'Finish' },
]

export interface ControlContext {
  phase: Phase
  /** A question is chosen in the picker. */
  picked: boolean
  /** The chosen question is the one open now (opening it again would do nothing). */
  pickedIsOpen: boolean
  /** The chosen question has been revealed: it stays closed (the server refuses to open it again). */
  pickedIsRevealed: boolean
  /** The current quiz has a question after the current one, not yet revealed. */
  hasNext: boolean
  /** Peer instruction: the current question's round and step (logic/live/session.ts). */
  round?: 2
  step?: Step
}

/** Whether a control may be used now: the same rules as the server's state machine (logic/live/session.ts applyControl). */
export function controlEnabled(action: ControlAction, { phase, picked, pickedIsOpen, pickedIsRevealed, hasNext, round, step }: ControlContext): boolean {
  const asking = phase === 'open' || phase === 'closed'
  switch (action) {
    case 'open':
      return picked && !pickedIsOpen && !pickedIsRevealed && phase !== 'finished'
    case 'close':
      return phase === 'open'
    case 'reveal':
      return phase === 'open' || phase === 'closed'
    case 'next':
      return hasNext && hasQuestion(phase)
    case 'finish':
      return phase !== 'finished'
    case 'show-votes':
      return asking && !step
    case 'discuss':
      return asking && round !== 2
    case 'vote-again':
      return phase === 'closed' && step === 'discuss'
  }
}
