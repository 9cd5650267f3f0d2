import { z } from 'zod'

const milliseconds = (fallback: number) => z.coerce.number().int().positive().default(fallback)

/** The pool's settings in the environment, with their defaults (README, "Environment"). */
const environment = z.object({
  // At least the plugin's reserve (3) plus one connection for transactions.
  DATABASE_POOL_MAX: z.coerce.number().int().min(4).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(10_000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(30_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(60_000),
  // Unset: the plugin's default (`transactions.queueTimeoutMs`).
  DATABASE_QUEUE_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
})

const settingsOf = (env: Record<string, string | undefined>) => {
  const parsed = environment.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid database settings in the environment:\n${problems.join('\n')}`)
  }
  return parsed.data
}

/**
 * node-postgres' pool for the host: nothing waits forever. A request that finds no free connection
 * within the connect timeout fails (503), a statement is cut off by PostgreSQL after the statement
 * timeout, and a transaction left idle (a crashed request) is closed by PostgreSQL and its locks freed.
 */
export const databasePool = (env: Record<string, string | undefined> = process.env) => {
  const settings = settingsOf(env)
  return {
    connectionString: env.DATABASE_URL,
    max: settings.DATABASE_POOL_MAX,
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: settings.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  }
}

/** The plugin's transaction gate: how long a write waits in line for the database before a 503. */
export const databaseQueue = (env: Record<string, string | undefined> = process.env) => ({
  queueTimeoutMs: settingsOf(env).DATABASE_QUEUE_TIMEOUT_MS,
})
