// The closed lists the fact files use (voices, sides, case ids), kept free of zod
// so the deck's components can import them without bundling the validator.

/** Who is speaking in a passage: the distinction critical reading turns on. */
export const voices = ['company', 'government', 'advocacy', 'anonymous', 'reporter', 'individual', 'international'] as const
export type Voice = (typeof voices)[number]

export const caseIds = ['blackberry-pakistan', 'whatsapp-uk', 'facebook-letter'] as const
export type CaseId = (typeof caseIds)[number]

export const sides = ['lawful-access', 'privacy-security'] as const
export type Side = (typeof sides)[number]
