// The browser's localStorage, or undefined where there is none or it is blocked
// (a private window, a sandboxed frame): the stores then keep answers in memory.
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined
  }
  catch {
    return undefined
  }
}
