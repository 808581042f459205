// Valibot schemas shared by the modules that run in the deck.
import * as v from 'valibot'

/** A plain object with string keys (valibot's record alone also accepts arrays). */
export function mappingOf<T extends v.GenericSchema>(value: T) {
  return v.pipe(
    v.custom<Record<string, unknown>>(input => typeof input === 'object' && input !== null && !Array.isArray(input), 'must be a mapping, not a list'),
    v.record(v.string(), value),
  )
}
