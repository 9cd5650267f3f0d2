import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { APIError } from 'payload'

import { composedDeep } from './lib/composedText.ts'
import { type MessageKey, t } from './translations/translate.ts'

type Problem = { path: string; message: string }

/**
 * A request whose parameters (a `where`, `sort`, `limit`, an endpoint's query) cannot be run: a
 * 400 in Payload's error shape, `{ errors: [{ message, data: { errors: [{ path, message }] } }] }`,
 * each parameter at fault by its path as Payload's ValidationError names fields (an annex file's
 * errors add their row and column). Logged as
 * information, not as a server error (`loggingLevels`).
 */
export class InvalidParameters extends APIError {
  constructor(problems: (Problem & Record<string, unknown>)[], message = problems[0]!.message) {
    super(message, 400, { errors: problems }, true)
    this.name = 'InvalidParameters'
  }
}

/** The hints that say what an endpoint takes. */
type Hint = Extract<MessageKey, `${string}Hint`>

/**
 * An endpoint's (or a custom GraphQL query's) parameters read with `schema`; the first one at
 * fault is refused, with `hint` saying what the endpoint takes, in the request's language. Text
 * comes out in composed Unicode (NFC).
 */
export const readParameters = <T extends z.ZodType>(req: PayloadRequest, schema: T, input: unknown, hint: Hint): z.output<T> => {
  // Read in composed Unicode, as text is stored (hooks/checkWriteData.ts).
  const parsed = schema.safeParse(composedDeep(input))
  if (parsed.success) return parsed.data
  const name = parsed.error.issues[0]!.path.join('.') || '(query)'
  throw new InvalidParameters([{ path: name, message: t(req, 'endpointParameter', { name, hint: t(req, hint) }) }])
}
