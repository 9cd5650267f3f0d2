import type { Payload } from 'payload'

/**
 * `payload.db` as the plugin's database plumbing reads it: what `@payloadcms/db-postgres` has
 * beyond Payload's generic adapter type (its pool, open transactions, table names), every part
 * optional: a caller checks that what it needs is there, and does nothing on another adapter.
 */
export const postgresAdapter = <T extends object>(payload: Payload): Partial<T> =>
  // The one place the adapter is read past its generic type, which names none of these parts.
  payload.db as unknown as Partial<T>
