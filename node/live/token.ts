// The lecturer token: 128 random bits, new per run, checked in constant time (both sides hashed first, so lengths never differ).
import type { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const BEARER = /^Bearer ([\w-]{1,256})$/

export function createToken(): string {
  return randomBytes(16).toString('base64url')
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}

/** A checker for one token; the token itself is not kept, only its hash. */
export function tokenChecker(token: string): (given: unknown) => boolean {
  const expected = sha256(token)
  return given => typeof given === 'string' && timingSafeEqual(sha256(given), expected)
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = BEARER.exec(header ?? '')
  return match?.[1]
}
