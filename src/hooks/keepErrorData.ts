import type { AfterErrorHook } from 'payload'

type Answer = { errors?: { name?: string; message?: string; data?: unknown }[] }

/**
 * Payload's error shape keeps what is at fault (`data`: each field or parameter by its path)
 * whatever the build. Payload's `formatErrors` tells its errors apart with `instanceof`, and the
 * host's production build answered a ValidationError (Payload's own too) without its `data`, so
 * the admin could not place the errors and the annex panel lost its rows; an error meant for the
 * caller gets its `data` back.
 */
export const keepErrorData: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const { data, isPublic, message, name, status } = error as { data?: Record<string, unknown>; isPublic?: boolean; message?: string; name?: string; status?: number }
  const answer = result as Answer | undefined
  if (graphqlResult || !data || !answer?.errors || answer.errors.length !== 1 || answer.errors[0]!.data) return
  if (isPublic !== true && !(typeof status === 'number' && status < 500)) return
  return { response: { errors: [{ name, data, message }] } }
}
