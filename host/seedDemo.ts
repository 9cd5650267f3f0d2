/**
 * Run by `npm run dev` before the web server starts, in a process of its own (which lets go of
 * every database connection when it exits): pushes the schema, seeds the units and topics (plugin),
 * the demo accounts, procedures, radio programmes, statistics, reports, documents and the PAR
 * self-assessment, and prints the logins.
 */
import path from 'node:path'
import { getPayload } from 'payload'

import { createDemoAccounts } from './demoAccounts.ts'
import { createDemoDocuments } from './demoDocuments.ts'
import { createDemoPar } from './demoPar.ts'
import { createDemoProcedures } from './demoProcedures.ts'
import { createDemoRadio } from './demoRadio.ts'
import { createDemoReporting } from './demoReporting.ts'

const { default: config } = await import('../payload.config.ts')
const payload = await getPayload({ config })
try {
  await createDemoAccounts(payload, path.join(process.cwd(), '.data'))
  await createDemoProcedures(payload)
  // The radio before the reports: what aired counts in the units' Q3 figures.
  await createDemoRadio(payload)
  await createDemoReporting(payload)
  await createDemoDocuments(payload)
  await createDemoPar(payload)
} catch (error) {
  console.error(error)
  process.exit(1)
}
process.exit(0)
