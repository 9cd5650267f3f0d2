/**
 * What a request's log line says of its URL: the path with every segment that is a secret or a
 * capability replaced (a feedback tracking code, an e-mail verification token), and the query's
 * names with only harmless values kept (paging, sorting, depth, language, draft); a filter's or a
 * search's value may be a person's name, phone or e-mail, and a token may come as a parameter.
 */
const secretAfter = new Set(['track', 'verify', 'reset-password', 'unlock'])

const keptValues = new Set(['limit', 'page', 'depth', 'sort', 'locale', 'fallback-locale', 'draft', 'pagination', 'trash'])
const keptName = (name: string) => keptValues.has(name) || /^(select|populate)\[[\w.]+\]$/.test(name)

export const redacted = '[redacted]'

export const loggablePath = (url: string): string => {
  const question = url.indexOf('?')
  const rawPath = question === -1 ? url : url.slice(0, question)
  const segments = rawPath.split('/')
  const path = segments.map((segment, index) => (index > 0 && secretAfter.has(segments[index - 1]!) && segment ? redacted : segment)).join('/')
  if (question === -1) return path
  const query = new URLSearchParams(url.slice(question + 1))
  const shown = [...query.entries()].map(([name, value]) => `${encodeURIComponent(name)}=${keptName(name) ? encodeURIComponent(value) : redacted}`)
  return shown.length > 0 ? `${path}?${shown.join('&')}` : path
}

/** One request's log line (pino fields): what a person reading the logs needs, and nothing personal. */
export const requestLogFields = ({
  requestId,
  method,
  url,
  status,
  durationMs,
  via,
  aborted,
}: {
  requestId: string
  method: string | undefined
  url: string | undefined
  status: number
  durationMs: number
  /** `cache`: answered before Next.js from the anonymous read cache; `next`: by the app. */
  via: 'cache' | 'next'
  aborted?: boolean
}) => ({
  requestId,
  method: method ?? 'GET',
  path: loggablePath(url ?? '/'),
  status,
  durationMs: Math.round(durationMs * 10) / 10,
  via,
  ...(aborted ? { aborted: true } : {}),
})
