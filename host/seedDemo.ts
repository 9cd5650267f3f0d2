import path from 'node:path'
import { getPayload } from 'payload'

import { createDemoAccounts } from './demoAccounts.ts'

/** Pushes the schema, seeds the units (plugin) and the demo accounts, then lets go of the database. */
export const seedDemo = async (): Promise<void> => {
  const { default: config } = await import('../payload.config.ts')
  const payload = await getPayload({ config })
  try {
    await createDemoAccounts(payload, path.join(process.cwd(), '.data'))
  } finally {
    await payload.destroy()
    // destroy() leaves the adapter's pool open, and this process lives on as the dev wrapper.
    await (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool?.end()
  }
}
