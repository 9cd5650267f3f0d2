import type { PayloadRequest } from 'payload'

import { createHash, timingSafeEqual } from 'node:crypto'

import type { ResolvedOptions } from '../options.ts'

import { rights } from './rights.ts'
import { resolveRole } from './roles.ts'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Whether the request carries `Authorization: Bearer <cronSecret>` (compared in constant time). */
const carriesCronSecret = (req: PayloadRequest, secret: string | undefined): boolean => {
  const header = req.headers?.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  return Boolean(secret && match && timingSafeEqual(digest(match[1]!), digest(secret)))
}

/**
 * Who may run, queue or cancel jobs over HTTP and the Local API: the rights table's `jobs` row
 * (system administrators), or a scheduler holding the cron secret.
 */
export const mayRunJobs =
  (options: ResolvedOptions) =>
  async ({ req }: { req: PayloadRequest }): Promise<boolean> => {
    if (carriesCronSecret(req, options.cronSecret)) return true
    const allowed: Partial<Record<string, boolean>> = rights.jobs.run
    return allowed[await resolveRole(req, options)] === true
  }
