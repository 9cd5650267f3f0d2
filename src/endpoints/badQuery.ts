import type { z } from 'zod'

/** A 400 naming the query parameter at fault and why, Vietnamese first, English second. */
export const badQuery = (error: z.ZodError, hint: string): Response => {
  const issue = error.issues[0]!
  const field = issue.path.join('.') || '(query)'
  return Response.json(
    { errors: [{ message: `Tham số "${field}" không hợp lệ: ${hint} / Invalid "${field}": ${issue.message}`, field }] },
    { status: 400 },
  )
}
