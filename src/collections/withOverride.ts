import type { Access, CollectionConfig } from 'payload'

import type { CollectionOverride } from '../options.ts'

import { withHostAccess } from '../access/grant.ts'

type Hooks = NonNullable<CollectionConfig['hooks']>
type Operation = keyof NonNullable<CollectionConfig['access']>

/** Payload's rule for an operation a collection leaves open: anyone signed in. */
const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * A collection with what its other owner adds (the host's `options.collections` on a plugin
 * collection; the plugin's rules on the host's auth collection are the same rule the other way
 * round): fields from the collection's, admin settings and labels over its own, hooks after its
 * own, access that must allow as well as its own, more endpoints. The slug stays.
 */
export const withOverride = (collection: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig => {
  if (!override) return collection
  const kinds = new Set([...Object.keys(collection.hooks ?? {}), ...Object.keys(override.hooks ?? {})]) as Set<keyof Hooks>
  // Each kind of hook has one type on both sides; TypeScript cannot follow one key through the union of kinds.
  const hooks = Object.fromEntries([...kinds].map((kind) => [kind, [...(collection.hooks?.[kind] ?? []), ...(override.hooks?.[kind] ?? [])]])) as Hooks
  const { admin: otherAdmin, ...otherAccess } = override.access ?? {}
  const access = { ...collection.access }
  for (const [operation, other] of Object.entries(otherAccess) as [Exclude<Operation, 'admin'>, Access | undefined][]) {
    if (other) access[operation] = withHostAccess(other, collection.access?.[operation] ?? signedIn)
  }
  const ownAdmin = collection.access?.admin
  if (otherAdmin) access.admin = async (args) => (!ownAdmin || (await ownAdmin(args))) && (await otherAdmin(args))
  return {
    ...collection,
    fields: override.fields ? override.fields({ defaultFields: collection.fields }) : collection.fields,
    admin: { ...collection.admin, ...override.admin },
    labels: override.labels ?? collection.labels,
    hooks,
    access,
    endpoints: override.endpoints ? [...(collection.endpoints || []), ...override.endpoints] : collection.endpoints,
  }
}
