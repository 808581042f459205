// Structured facts in data/*.yaml (timeline, actors, arguments, cases): one entry
// per file, each with its schema. Every `evidence` list inside is checked verbatim.
import type { z } from 'zod'

export interface FactFile<S extends z.ZodType = z.ZodType> {
  schema: S
  /** Singular names of the file's lists, for error messages ("event e1"). */
  labels: Record<string, string>
}

/** data/<name>.yaml → how to validate it. */
export const factFiles = {} satisfies Record<string, FactFile>

export type FactName = keyof typeof factFiles
export type Facts = { [K in FactName]: z.infer<(typeof factFiles)[K]['schema']> }
