import type { CollectionConfig } from 'payload'

/** The app's own uploads, beside the plugin's `cchc-media`. */
export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text', required: true }],
  upload: true,
}
