// The lecturer token: taken once from the address's #token=… (then removed from the address bar), kept in sessionStorage for this tab.
const STORAGE_KEY = 'live-lecturer-token'
const LEADING_HASH = /^#/

/** The token in a `#token=…` fragment, if any. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(LEADING_HASH, '')).get('token')?.trim()
  return token || undefined
}

/** Reads the token from the address (storing it and dropping the fragment from the address bar and history entry) or from this tab's storage. */
export function takeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): string | undefined {
  const fromHash = tokenFromHash(win.location.hash)
  if (fromHash) {
    win.sessionStorage.setItem(STORAGE_KEY, fromHash)
    win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search)
    return fromHash
  }
  return win.sessionStorage.getItem(STORAGE_KEY) ?? undefined
}

export function storeToken(token: string, storage: Storage = sessionStorage): void {
  storage.setItem(STORAGE_KEY, token)
}

/** Forgets a token the server refused, so a reload asks again. */
export function forgetToken(storage: Storage = sessionStorage): void {
  storage.removeItem(STORAGE_KEY)
}
