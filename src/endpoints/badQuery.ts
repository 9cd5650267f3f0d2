import type { z } from 'zod'

/**
 * A 400 naming the first query parameter at fault and why, Vietnamese first, English second;
 * `hint` says in Vietnamese what the endpoint accepts.
 */
export const badQuery = (error: z.ZodError, hint = ''): Response => {
  const issue = error.issues[0]!
  const field = issue.path.join('.') || '(query)'
  return Response.json(
    { errors: [{ message: `Tham số "${field}" không hợp lệ.${hint ? ` ${hint}` : ''} / Invalid "${field}": ${issue.message}`, field }] },
    { status: 400 },
  )
}
