import type { Access, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { storedBefore } from '../lib/storedBefore.ts'
import { t } from '../translations/translate.ts'
import { rights } from './rights.ts'
import { resolveRole } from './roles.ts'

/** The collections whose row of the rights table says who publishes. */
export type PublishingSlug = { [Slug in keyof typeof rights]: 'publish' extends keyof (typeof rights)[Slug] ? Slug : never }[keyof typeof rights]

const publishers = (slug: string): Partial<Record<string, boolean>> | undefined =>
  (rights as Record<string, { publish?: Partial<Record<string, boolean>> }>)[slug]?.publish

/** Whether the request's user may publish (and unpublish) documents of `slug`; no user: the system itself. */
export const mayPublish = async (req: PayloadRequest, options: ResolvedOptions, slug: PublishingSlug): Promise<boolean> =>
  !req.user || publishers(slug)?.[await resolveRole(req, options)] === true

/** Whether a write publishes: it asks for `_status: published` of a document not published before (a copy never was). */
const publishes = ({ data, operation, originalDoc }: { data?: Record<string, unknown>; operation?: string; originalDoc?: Record<string, unknown> }) =>
  data?._status === 'published' && storedBefore({ operation, originalDoc })?._status !== 'published'

/**
 * Only publishers publish, whatever the path: create as published, update, duplicate a published
 * document, restore a published version, a bulk update, a scheduled publish. Payload asks create
 * and update access with `data: { _status: 'published' }` before it offers the Publish and
 * Schedule buttons and before it restores a published version, and a non-publisher gets a no; a
 * write that would publish anyway is refused (403) before the collection's own hooks run.
 * Applied to every collection whose rights row has `publish`.
 */
export const withPublishGuard =
  (options: ResolvedOptions) =>
  (collection: CollectionConfig): CollectionConfig => {
    if (!publishers(collection.slug)) return collection
    const slug = collection.slug as PublishingSlug
    const guarded =
      (access: Access | undefined): Access =>
      async (args) => {
        if ((args.data as { _status?: unknown } | undefined)?._status === 'published' && !(await mayPublish(args.req, options, slug))) return false
        return access ? access(args) : Boolean(args.req.user)
      }
    const refusePublishing: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
      if (publishes({ data, operation, originalDoc }) && !(await mayPublish(req, options, slug))) {
        throw new APIError(t(req, 'publishersOnly'), 403, null, true)
      }
      return data
    }
    const access = collection.access ?? {}
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      access: { ...access, create: guarded(access.create), update: guarded(access.update) },
      hooks: { ...hooks, beforeChange: [refusePublishing, ...(hooks.beforeChange ?? [])] },
    }
  }
