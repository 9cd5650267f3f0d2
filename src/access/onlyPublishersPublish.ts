import type { Access } from 'payload'

import type { ResolvedOptions } from '../options.ts'
import type { FieldRow } from './rights.ts'

import { rights } from './rights.ts'
import { resolveRole } from './roles.ts'

const postPublishers: FieldRow = rights['cchc-posts'].publish

/**
 * Payload asks create/update access with `data: { _status: 'published' }` before it offers the
 * Publish and Schedule buttons and before it restores a published version: only publishers get
 * a yes. (The workflow hook refuses the write itself as well, whatever the path.)
 */
export const onlyPublishersPublish =
  (options: ResolvedOptions, access: Access, publishers: FieldRow = postPublishers): Access =>
  async (args) => {
    const status = (args.data as { _status?: unknown } | undefined)?._status
    if (status === 'published' && publishers[await resolveRole(args.req, options)] !== true) return false
    return access(args)
  }

/** Whether the request's user may publish (approve, reject, schedule, unpublish, archive). */
export const canPublish = async (
  req: Parameters<Access>[0]['req'],
  options: ResolvedOptions,
  publishers: FieldRow = postPublishers,
): Promise<boolean> =>
  !req.user || publishers[await resolveRole(req, options)] === true
