// What the student page keeps on the phone (localStorage): its resume id, name, unsent answers
// and drafts. Reads and writes never throw: a browser that refuses storage just remembers less.

export interface DeviceStorage {
  get: (key: string) => string | null
  set: (key: string, value: string) => void
  remove: (key: string) => void
  /** Every key kept, to find old drafts. */
  keys: () => string[]
}

export const storageKeys = {
  clientId: 'pm-live:client-id',
  name: 'pm-live:name',
  outbox: 'pm-live:outbox',
  draft: (sessionId: string, questionId: string) => `pm-live:draft:${sessionId}:${questionId}`,
  draftPrefix: 'pm-live:draft:',
}

/** Drops the drafts of other sessions (answers typed and never sent, in a class that is over). */
export function forgetOtherSessions(storage: DeviceStorage, sessionId: string): void {
  const current = storageKeys.draft(sessionId, '')
  for (const key of storage.keys()) {
    if (key.startsWith(storageKeys.draftPrefix) && !key.startsWith(current))
      storage.remove(key)
  }
}

export function deviceStorage(storage: () => Storage = () => window.localStorage): DeviceStorage {
  return {
    get: key => attempt(() => storage().getItem(key), null),
    set: (key, value) => attempt(() => storage().setItem(key, value), undefined),
    remove: key => attempt(() => storage().removeItem(key), undefined),
    keys: () => attempt(() => {
      const kept = storage()
      return Array.from({ length: kept.length }, (_, i) => kept.key(i)).filter(key => key !== null)
    }, []),
  }
}

/** A random id of 32 hex digits. crypto.randomUUID needs a secure context, and phones join over plain http on the room's network. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
}

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action()
  }
  catch {
    return fallback
  }
}
