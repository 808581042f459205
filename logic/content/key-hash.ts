// A short, stable fingerprint of what decides a question's marking. Saved
// answers carry it, so an answer to a question whose key has changed since is
// dropped instead of being mis-marked.
import type { Question } from '../kinds/registry.ts'
import { kindOf } from '../kinds/registry.ts'

function stableJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** FNV-1a (32 bit) of the question's kind, points and key parts, as 8 hex digits. */
export function keyHash(question: Question): string {
  const text = stableJson({ kind: question.kind, points: question.points, key: kindOf(question).keyParts(question) })
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
