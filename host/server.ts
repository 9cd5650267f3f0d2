/**
 * The production web server (`npm start` runs it through host/withDatabase.ts): a plain Node `http`
 * server around Next.js's request handler, which adds what `next start` cannot:
 *
 * - **anonymous cache hits before Next.js.** The REST route's wrapper (src/http/cacheAnonymousReads.ts)
 *   leaves a hit-only answer on globalThis when Next.js first loads it; the server asks it first. It is
 *   the wrapper's own code: the same key, the same content version read from PostgreSQL on every
 *   request (so a publish on another instance is seen on the next request), the same headers. A miss,
 *   a request with credentials, anything not a public read goes to Next.js as before.
 * - **one log line per request** through Payload's logger (pino, redacted): request id, method, path
 *   (secrets and personal data cut out), status, duration. The id comes from a well-formed incoming
 *   `x-request-id` or is made here; it is passed on to the app and answered in `x-request-id`.
 * - **graceful shutdown** on SIGTERM/SIGINT: stop accepting, let in-flight requests finish (up to
 *   SHUTDOWN_TIMEOUT_SECONDS, default 25), stop the job crons and let a running job finish, close the
 *   pool, exit 0 (the embedded database, if any, is stopped by host/withDatabase.ts after this exits).
 *   A job still running at the timeout is handed back to the queue (its work rolls back as the process's
 *   connections close) and the exit code is 1: never half done, never marked done without its effect.
 *
 *   PORT=3000 HOSTNAME=0.0.0.0 tsx host/server.ts
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { createServer } from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import pg from 'pg'

import { type AnswerCachedRead, cachedReadAnswerKey, type StoredAnswer, storedAnswerKey } from '../src/lib/cachedReadAnswer.ts'
import { requestLogFields } from '../src/lib/requestLog.ts'
import { requestIdHeader, requestIdOf } from '../src/lib/requestId.ts'
import { jobsLeaderState } from './jobsLeader.ts'
import { assertProductionSecret } from './secret.ts'
import { apiContentSecurityPolicy, everyResponseHeaders } from './securityHeaders.mjs'

type Logger = Payload['logger']

const gzipAsync = promisify(gzip)

/**
 * What Next.js puts on every API answer besides the route's own headers: next.config.mjs's security
 * headers and withPayload's client hints, and its `Vary` before and after the route's (the
 * production server test compares a fast answer with Next.js's, header by header).
 */
export const apiResponseHeaders = (): [string, string][] => [
  ...everyResponseHeaders(true).map(({ key, value }): [string, string] => [key, value]),
  ['Content-Security-Policy', apiContentSecurityPolicy],
  ['Accept-CH', 'Sec-CH-Prefers-Color-Scheme'],
  ['Critical-CH', 'Sec-CH-Prefers-Color-Scheme'],
]
const varyOf = (route: null | string) =>
  ['Sec-CH-Prefers-Color-Scheme, rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch', route, 'Accept-Encoding']
    .filter(Boolean)
    .join(', ')
// As Next.js's compression: gzip for a client that takes it, from 1 kB on.
const compressFrom = 1024
const takesGzip = (accept: string | string[] | undefined) => /\bgzip\b/i.test(String(accept ?? ''))

/** The app's Payload, once Next.js has started it (getPayload keeps it on globalThis). */
const appPayload = (): Payload | undefined =>
  (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload?.get('default')?.payload ?? undefined

const fastAnswer = (): AnswerCachedRead | undefined => (globalThis as { [cachedReadAnswerKey]?: AnswerCachedRead })[cachedReadAnswerKey]

const requestOf = (req: IncomingMessage): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  // Only the path and query count (the wrapper keys on them); the host is never trusted here.
  return new Request(new URL(req.url ?? '/', 'http://localhost'), { method: 'GET', headers })
}

const send = async (req: IncomingMessage, res: ServerResponse, response: Response) => {
  res.statusCode = response.status
  for (const [name, value] of apiResponseHeaders()) res.setHeader(name, value)
  for (const [name, value] of response.headers) res.setHeader(name, value)
  res.setHeader('vary', varyOf(response.headers.get('vary')))
  // A stored answer: its bytes as kept (the response has no body of its own), compressed once for every later hit.
  const stored = (response as Response & { [storedAnswerKey]?: StoredAnswer })[storedAnswerKey]
  if (!response.body && !stored) {
    res.end()
    return
  }
  const body = stored ? Buffer.from(stored.body.buffer, stored.body.byteOffset, stored.body.byteLength) : Buffer.from(await response.arrayBuffer())
  if (body.byteLength >= compressFrom && takesGzip(req.headers['accept-encoding'])) {
    res.setHeader('content-encoding', 'gzip')
    res.end(await (stored ? (stored.gzipped ??= gzipAsync(body)) : gzipAsync(body)))
    return
  }
  res.setHeader('content-length', body.byteLength)
  res.end(body)
}

/**
 * Puts the jobs this instance was running (it holds the jobs lock, so no other instance runs any) back in
 * the queue: `processing` false, tries left as they were. Its own connection: the pool may be the one stuck.
 */
const handBackRunningJobs = async (connectionString: string | undefined): Promise<number> => {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, statement_timeout: 5_000 })
  await client.connect()
  try {
    const { rowCount } = await client.query(`update payload_jobs set processing = false, updated_at = now() where processing is true and completed_at is null`)
    return rowCount ?? 0
  } finally {
    await client.end().catch(() => {})
  }
}

export type ProductionServer = {
  port: number
  /** Resolves when the server has shut down (exit code for the process). */
  closed: Promise<number>
  shutDown: (reason: string) => Promise<number>
}

export const startProductionServer = async ({
  dir = process.cwd(),
  port = Number(process.env.PORT ?? 3000),
  hostname = process.env.HOSTNAME ?? '0.0.0.0',
  shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 25) * 1000,
  fastPath = process.env.CCHC_FAST_PATH !== 'off',
}: {
  dir?: string
  port?: number
  hostname?: string
  shutdownTimeoutMs?: number
  fastPath?: boolean
} = {}): Promise<ProductionServer> => {
  // Next.js reads NODE_ENV when it loads: production, as `next start` would have it.
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  const { default: next } = await import('next')
  const app = next({ dev: false, dir, port, hostname })
  await app.prepare()
  const handle = app.getRequestHandler()

  // Lines written before Payload has started (the very first requests) wait for its logger.
  const early: [Record<string, unknown>, string][] = []
  const log = (fields: Record<string, unknown>, msg: string) => {
    const logger: Logger | undefined = appPayload()?.logger
    if (!logger) {
      if (early.length < 1000) early.push([fields, msg])
      return
    }
    for (const [before, beforeMsg] of early.splice(0)) logger.info(before, beforeMsg)
    logger.info(fields, msg)
  }

  let inFlight = 0
  let stopping = false
  const idle: (() => void)[] = []

  const server = createServer((req, res) => {
    const started = performance.now()
    const requestId = requestIdOf(req.headers[requestIdHeader])
    req.headers[requestIdHeader] = requestId
    res.setHeader(requestIdHeader, requestId)
    if (stopping) res.setHeader('connection', 'close')
    inFlight++
    let via: 'cache' | 'next' = 'next'
    let done = false
    const finish = () => {
      if (done) return
      done = true
      inFlight--
      log(
        requestLogFields({
          requestId,
          method: req.method,
          url: req.url,
          status: res.statusCode,
          durationMs: performance.now() - started,
          via,
          aborted: !res.writableFinished,
        }),
        'request',
      )
      if (inFlight === 0) for (const resolve of idle.splice(0)) resolve()
    }
    res.once('finish', finish)
    res.once('close', finish)

    void (async () => {
      const answer = fastPath && req.method === 'GET' && req.url?.startsWith('/api/') ? fastAnswer() : undefined
      if (answer) {
        try {
          const response = await answer(requestOf(req))
          if (response) {
            via = 'cache'
            await send(req, res, response)
            return
          }
        } catch (error) {
          appPayload()?.logger.warn({ err: error, requestId, msg: 'cchc: the fast path failed; Next.js answers' })
          if (res.headersSent) {
            res.destroy()
            return
          }
        }
      }
      await handle(req, res)
    })().catch((error: unknown) => {
      appPayload()?.logger.error({ err: error, requestId, msg: 'request failed' })
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }], requestId }))
      } else res.destroy()
    })
  })
  // Slow clients may not hold a connection open for ever (Node's defaults, said once here).
  server.keepAliveTimeout = 5_000
  server.headersTimeout = 60_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const listening = typeof address === 'object' && address ? address.port : port

  let resolveClosed!: (code: number) => void
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve))
  let shutting: Promise<number> | undefined

  const shutDown = (reason: string): Promise<number> => {
    shutting ??= (async () => {
      stopping = true
      const started = Date.now()
      const payload = appPayload()
      payload?.logger.info({ reason, inFlight }, 'shutting down: no new connections, finishing requests')
      const stoppedListening = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, ms)).unref())
      const drained = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve))
      let code = 0
      if ((await Promise.race([drained, timeout(shutdownTimeoutMs)])) === 'timeout') {
        payload?.logger.warn({ inFlight }, 'shutting down: requests still running at the timeout are cut')
        server.closeAllConnections()
        code = 1
      }
      server.closeIdleConnections()
      await Promise.race([stoppedListening, timeout(1000)])
      if (payload) {
        // No job starts any more; the one running (a scheduled publication, say) finishes first.
        const crons = [...payload.crons]
        for (const cron of crons) cron.stop()
        while (crons.some((cron) => cron.isBusy()) && Date.now() - started < shutdownTimeoutMs) {
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        if (crons.some((cron) => cron.isBusy())) {
          code = 1
          // Payload never runs a job marked `processing` again: one cut here would be stuck for good. Its work is
          // rolled back when this process's connections close (just after); the job goes back to the queue, for
          // the next instance holding the jobs lock (or this one, restarted) to run it from the start.
          const handedBack = jobsLeaderState()?.holds() ? await handBackRunningJobs(process.env.DATABASE_URL).catch((error: Error) => error) : 0
          payload.logger.warn(
            handedBack instanceof Error
              ? { err: handedBack, msg: 'shutting down: a job was still running at the timeout, and could not be handed back to the queue' }
              : { handedBack, msg: 'shutting down: a job was still running at the timeout; handed back to the queue, it will run again' },
          )
          // The pool waits for the cut job's connection, which may never be freed: not for ever.
          await Promise.race([payload.destroy(), timeout(2000)])
        } else await payload.destroy()
      }
      for (const [fields, msg] of early.splice(0)) console.log(JSON.stringify({ ...fields, msg }))
      console.log(JSON.stringify({ level: 30, time: Date.now(), msg: 'shut down', ms: Date.now() - started }))
      resolveClosed(code)
      return code
    })()
    return shutting
  }

  return { port: listening, closed, shutDown }
}

const main = async () => {
  assertProductionSecret(true)
  const server = await startProductionServer({ dir: path.resolve(process.cwd()) })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.shutDown(signal))
  console.log(`Listening on port ${server.port}`)
  process.exitCode = await server.closed
  process.exit()
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  await main().catch((error: Error) => {
    console.error(`\n${error.message}\n`)
    process.exit(1)
  })
}
