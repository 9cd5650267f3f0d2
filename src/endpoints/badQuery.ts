import type { z } from 'zod'

import { reportingMessages } from '../translations/reportingMessages.ts'

/** A 400 naming the first query parameter at fault, in Vietnamese and English. */
export const badQuery = (error: z.ZodError): Response => {
  const issue = error.issues[0]!
  const field = issue.path.join('.') || '(query)'
  return Response.json({ errors: [{ message: reportingMessages.badQuery(field, issue.message), field }] }, { status: 400 })
}
