import type { CollectionBeforeOperationHook, TextFieldSingleValidation } from 'payload'

import { ValidationError } from 'payload'

import { kindOf } from '../../../lib/mediaKinds.ts'
import { t } from '../../../translations/translate.ts'

const hasText = (value: unknown) => typeof value === 'string' && value.trim().length > 0

/**
 * The `alt` field's own check: an image's alternative text may not be emptied. It covers every
 * save, but on an update that brings a new file Payload writes the file before it validates
 * fields, so `requireAltBeforeUpload` checks that case earlier.
 */
export const validateAlt: TextFieldSingleValidation = (value, { data, req }) =>
  kindOf((data as { mimeType?: string } | undefined)?.mimeType) === 'image' && !hasText(value) ? t(req, 'altRequired') : true

/**
 * Refuses an uploaded image without alternative text before its file reaches the disk.
 * Runs as `beforeOperation` after `checkUploadedFile`, which has set the file's real type.
 * An update by id keeps the document's alt unless it sends one, so that alt counts; the document
 * is read with the caller's own read access, and one it cannot read is left to Payload to refuse.
 */
export const requireAltBeforeUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || kindOf(req.file?.mimetype) !== 'image') return args

  const sent = (args.data as { alt?: unknown } | undefined)?.alt
  // Only an update by id has `id`; a bulk update with a file must send its alt.
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  let alt = sent
  if (sent === undefined && operation === 'update' && id !== undefined) {
    const current = await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: args.overrideAccess ?? false,
      req,
      select: { alt: true },
    })
    if (!current) return args
    alt = (current as { alt?: unknown }).alt
  }
  if (!hasText(alt)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ message: t(req, 'altRequired'), path: 'alt' }], req }, req.t)
  }
  return args
}
