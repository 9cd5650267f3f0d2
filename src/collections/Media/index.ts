import type { CollectionConfig, Field, ImageSize } from 'payload'

import path from 'node:path'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { unitField } from '../../fields/unitField.ts'
import { allowedMimeTypes } from '../../lib/mediaKinds.ts'
import { adminGroups } from '../adminGroups.ts'
import { checkUploadedFile } from './hooks/checkUploadedFile.ts'
import { requireAltBeforeUpload, validateAlt } from './hooks/requireAltForImages.ts'

/**
 * Widths served to phones, tablets and desktops, all in WebP (smaller than JPEG or PNG at the same
 * quality); the original is kept as uploaded. A narrower image keeps its own width.
 */
const imageWidths = { mobile: 480, tablet: 960, desktop: 1600 } as const

/**
 * Headers of every file served from the library: its bytes are what its type says (no sniffing),
 * nothing in it runs, and no page frames it. The host's own headers (next.config) are looser for
 * pages; these hold even for a host that sets none.
 */
const fileHeaders = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
} as const

const imageSizes: ImageSize[] = Object.entries(imageWidths).map(([name, width]) => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'webp', options: { quality: 80 } },
}))

/**
 * Files of the section (tệp đa phương tiện): images, video, audio and PDF, each owned by a unit.
 * Contributors manage their own unit's files, editors every file; the public reads every file
 * not marked internal.
 */
export const mediaCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.media

  const fields: Field[] = [
    {
      name: 'alt',
      type: 'text',
      label: { vi: 'Mô tả thay thế (alt)', en: 'Alternative text' },
      admin: {
        description: {
          vi: 'Bắt buộc với ảnh: mô tả ngắn nội dung ảnh cho người khiếm thị và khi ảnh không tải được.',
          en: 'Required for images: a short description for blind readers and for when the image fails to load.',
        },
      },
      validate: validateAlt,
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { vi: 'Chú thích', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Nguồn / tác giả', en: 'Credit' },
    },
    unitField(options),
    {
      name: 'internal',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Chỉ dùng nội bộ', en: 'Internal only' },
      access: { read: fieldGrant(options, fieldRights['cchc-media'].internal.read) },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tệp nội bộ (ví dụ tệp đính kèm báo cáo) không hiện cho người xem công khai.',
          en: 'Internal files (report attachments, say) are hidden from the public.',
        },
      },
    },
  ]

  return {
    slug,
    labels: {
      // Not "Media": a host's own media collection is usually called that.
      singular: { vi: 'Tệp đa phương tiện CCHC', en: 'CCHC media file' },
      plural: { vi: 'Tệp đa phương tiện CCHC', en: 'CCHC media' },
    },
    graphQL: { singularName: 'CchcMedia', pluralName: 'CchcMediaItems' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'alt', 'mimeType', 'unit', 'internal'],
      group: adminGroups.reform,
    },
    access: accessFrom(options, rights['cchc-media']),
    upload: {
      staticDir: options.media.staticDir ?? path.resolve(process.cwd(), 'media', 'cchc'),
      mimeTypes: [...allowedMimeTypes],
      imageSizes,
      adminThumbnail: 'mobile',
      // The pixel limit again, for Payload's own sharp. Setting any constructor option also makes
      // Payload pass the stored original through sharp: turned upright by its EXIF orientation
      // (`rotate()`) and written without metadata, so no GPS position, camera owner or copyright
      // note of the photographer's is served with it.
      constructorOptions: { limitInputPixels: options.media.maxImagePixels },
      withMetadata: false,
      modifyResponseHeaders: ({ headers }) => {
        for (const [name, value] of Object.entries(fileHeaders)) headers.set(name, value)
        return headers
      },
    },
    hooks: {
      // Order matters: the alt check reads the real type that the file check sets.
      beforeOperation: [checkUploadedFile(options), requireAltBeforeUpload],
    },
    fields,
  }
}
