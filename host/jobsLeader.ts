import pg from 'pg'

/**
 * Where this process says whether it holds the jobs lock now: host/server.ts asks it at shutdown, to
 * hand the jobs it was running back to the queue if they do not finish in time. On globalThis (a
 * registered symbol): Next.js's bundle of payload.config.ts and host/server.ts load this module apart.
 */
export const jobsLeaderKey = Symbol.for('cchc.jobsLeader')
export type JobsLeaderState = { holds: () => boolean }
// Every lock holder made in this process: Next.js may evaluate payload.config.ts once per route bundle,
// each making its own, and the one Payload's crons ask may not be the last one made.
const holders = (): Set<() => boolean> => ((globalThis as { [jobsLeaderKey]?: Set<() => boolean> })[jobsLeaderKey] ??= new Set())
export const jobsLeaderState = (): JobsLeaderState | undefined =>
  holders().size > 0 ? { holds: () => [...holders()].some((holds) => holds()) } : undefined

/**
 * Whether this instance runs the jobs queue: the one holding a PostgreSQL advisory lock, on a
 * connection of its own, runs it; the others skip their tick. Payload claims a job by reading it
 * and then marking it `processing` (two statements), so two instances whose crons fire in the same
 * second (every minute, on the minute) could both claim and run the same job, and both queue the
 * same scheduled task. When the running instance stops, its connection closes, the lock is free,
 * and another instance takes over at its next tick.
 */
export const jobsLeader = (connectionString = process.env.DATABASE_URL, key = 7_366_357) => {
  let client: pg.Client | undefined
  let leader = false
  const drop = () => {
    leader = false
    const old = client
    client = undefined
    void old?.end().catch(() => {})
  }
  holders().add(() => leader && client !== undefined)
  return async (): Promise<boolean> => {
    if (leader && client) return true
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 })
        fresh.on('error', drop)
        await fresh.connect()
        client = fresh
      }
      const { rows } = await client.query<{ held: boolean }>('select pg_try_advisory_lock($1) as held', [key])
      leader = rows[0]?.held === true
      return leader
    } catch {
      drop()
      return false
    }
  }
}
