import type { Access, CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../options.ts'
import type { Row } from './rights.ts'

import { storedBefore } from '../hooks/storedBefore.ts'
import { rights } from './rights.ts'
import { resolveRole } from './roles.ts'

type Publishers = Row

/**
 * Payload asks create/update access with `data: { _status: 'published' }` before it offers the
 * Publish and Schedule buttons and before it restores a published version: only publishers get
 * a yes. (A hook refuses the write itself as well, whatever the path.)
 */
export const onlyPublishersPublish =
  (options: ResolvedOptions, access: Access, publishers: Publishers = rights['cchc-posts'].publish): Access =>
  async (args) => {
    const status = (args.data as { _status?: unknown } | undefined)?._status
    if (status === 'published' && publishers[await resolveRole(args.req, options)] !== true) return false
    return access(args)
  }

/** Whether the request's user may publish (approve, reject, schedule, unpublish, archive). */
export const canPublish = async (
  req: Parameters<Access>[0]['req'],
  options: ResolvedOptions,
  publishers: Publishers = rights['cchc-posts'].publish,
): Promise<boolean> => !req.user || publishers[await resolveRole(req, options)] === true

/**
 * Refuses a write by a non-publisher that would publish the document (create as published,
 * duplicate a published one, restore a published version, bulk update), whatever path it took.
 * It reads the state being written: on create, duplicate included, any published state publishes.
 * No user: the system itself.
 */
export const refusePublishByNonPublishers =
  (options: ResolvedOptions, publishers: Publishers, message: string): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const publishing = data._status === 'published' && storedBefore({ operation, originalDoc })?._status !== 'published'
    if (publishing && !(await canPublish(req, options, publishers))) throw new APIError(message, 403, null, true)
    return data
  }
