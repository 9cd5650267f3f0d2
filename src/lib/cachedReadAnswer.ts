/**
 * Where the REST route's wrapper (http/cacheAnonymousReads.ts) leaves its hit-only answer for a
 * custom server (host/server.ts) to call before Next.js routes the request: the very same key,
 * content version check and headers as the wrapper, `undefined` whenever the wrapper would have asked
 * Payload (credentials, not a public read, no version, not stored). A symbol on globalThis because
 * the server and Next.js's compiled route do not share module instances; in a module of its own so
 * the server reads it without loading Payload.
 */
export const cachedReadAnswerKey = Symbol.for('payload-plugin-cchc.answerCachedRead')
export type AnswerCachedRead = (request: Request) => Promise<Response | undefined>

/**
 * On a stored answer's `Response`: the stored bytes themselves, so the custom server sends them
 * without reading the body stream back, and compresses each stored answer once, not on every hit.
 */
export const storedAnswerKey = Symbol.for('payload-plugin-cchc.storedAnswer')
export type StoredAnswer = { body: Uint8Array; gzipped?: Promise<Buffer> }
