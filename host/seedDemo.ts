/**
 * Run by `npm run dev` before the web server starts, in a process of its own (which lets go of
 * every database connection when it exits): pushes the schema, seeds the units and topics (plugin),
 * the demo accounts, procedures, statistics, reports and the PAR self-assessment, and prints the logins.
 */
import path from 'node:path'
import { getPayload } from 'payload'

import { createDemoAccounts } from './demoAccounts.ts'
import { createDemoPar } from './demoPar.ts'
import { createDemoProcedures } from './demoProcedures.ts'
import { createDemoReporting } from './demoReporting.ts'

const { default: config } = await import('../payload.config.ts')
const payload = await getPayload({ config })
try {
  await createDemoAccounts(payload, path.join(process.cwd(), '.data'))
  await createDemoProcedures(payload)
  await createDemoReporting(payload)
  await createDemoPar(payload)
} catch (error) {
  console.error(error)
  process.exit(1)
}
process.exit(0)
