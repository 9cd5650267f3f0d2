import type { CollectionConfig } from 'payload'

/** The app's own accounts, as a stock Payload app has them; the plugin adds its fields when enabled. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'name', type: 'text' }],
}
