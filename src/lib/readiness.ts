/** A migration row as `payload_migrations` keeps it: batch -1 marks a schema pushed in development (a numeric column: it may come as text). */
export type AppliedMigration = { name: string; batch?: number | string | null }

const pushed = (row: AppliedMigration) => Number(row.batch) === -1

export type MigrationState =
  | { ok: true; mode: 'migrations'; pending: [] }
  | { ok: true; mode: 'push' }
  | { ok: false; mode: 'migrations'; pending: string[] }

/**
 * Whether the database runs the code's schema: every migration the host ships has been applied, or
 * (development) the schema was pushed and the host ships none to compare with.
 */
export const migrationState = (shipped: readonly string[] | undefined, applied: readonly AppliedMigration[]): MigrationState => {
  if (!shipped || shipped.length === 0) return { ok: true, mode: 'push' }
  const done = new Set(applied.filter((row) => !pushed(row)).map((row) => row.name))
  const pending = shipped.filter((name) => !done.has(name))
  if (pending.length > 0 && applied.some(pushed) && done.size === 0) return { ok: true, mode: 'push' }
  return pending.length === 0 ? { ok: true, mode: 'migrations', pending: [] } : { ok: false, mode: 'migrations', pending }
}
