import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedConfig } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { stat } from 'node:fs/promises'
import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { kindOf, type MediaKind, megabytesOf, mimeEssence } from '../../../lib/mediaKinds.ts'
import { t } from '../../../translations/translate.ts'

type UploadedFile = NonNullable<PayloadRequest['file']>
type Dimensions = { width: number; height: number; frames: number }

const kindNames = { image: 'mediaKindImage', video: 'mediaKindVideo', audio: 'mediaKindAudio', pdf: 'mediaKindPdf' } as const satisfies Record<MediaKind, string>

/** The pixels of an image as people count them: millions, one decimal. */
const tooManyPixels = (req: PayloadRequest, { width, height, frames }: Dimensions, maxPixels: number) => {
  const millions = (pixels: number) => (pixels / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })
  const values = { size: `${width} × ${height}`, total: millions(width * height * frames), max: millions(maxPixels) }
  return frames > 1 ? t(req, 'tooManyPixelsAnimated', { ...values, frames }) : t(req, 'tooManyPixels', values)
}

const refuse = (collection: string, req: PayloadRequest, message: string): never => {
  throw new ValidationError({ collection, errors: [{ message, path: 'file' }], req }, req.t)
}

// A host may set `upload.useTempFiles`: the bytes are then on disk and `data` is empty.
const onDiskOnly = (file: UploadedFile): file is UploadedFile & { tempFilePath: string } =>
  typeof file.tempFilePath === 'string' && (!file.data || file.data.length === 0)

const detectType = async (file: UploadedFile) =>
  onDiskOnly(file) ? fileTypeFromFile(file.tempFilePath) : fileTypeFromBuffer(file.data)

const sizeOf = async (file: UploadedFile) => (onDiskOnly(file) ? (await stat(file.tempFilePath)).size : file.data.length)

/**
 * Width, height and frames from the image's header: sharp's metadata decodes no pixel data, and
 * its own pixel limit is lifted here so that the size can be named. Null when the header cannot be
 * read; a host without sharp never decodes an image, so it needs no answer.
 */
const dimensionsOf = async (file: UploadedFile, sharp: SanitizedConfig['sharp']): Promise<Dimensions | null | undefined> => {
  if (!sharp) return undefined
  try {
    const { width, height, pages } = await sharp(onDiskOnly(file) ? file.tempFilePath : file.data, { limitInputPixels: false }).metadata()
    return width && height ? { width, height, frames: pages ?? 1 } : null
  } catch {
    return null
  }
}

/** The name with the extension of its real type, unless it already has one that type uses. */
const nameForType = (name: string, mime: string, ext: string) => {
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  const sameType = current === ext || (mime === 'image/jpeg' && current === 'jpeg')
  return sameType ? name : `${base}.${ext}`
}

/**
 * Decides what an uploaded file is from its bytes, never from its name or the type the client
 * declared: a renamed executable, or an HTML page called `.jpg`, is what its bytes say it is.
 * Refuses any type outside the allow-list (SVG and HTML are text, which `file-type` does not
 * recognise, so they are refused as unknown), any file over its kind's size limit, and any image
 * whose header promises more pixels than `media.maxImagePixels`.
 *
 * It runs as `beforeOperation`, the only stage before Payload's `generateFileData` reads the file,
 * before an update deletes the document's old files, and before anything is written to disk, so a
 * refused upload leaves nothing behind. That stage also precedes the access check: a caller who
 * may not upload at all learns only that its file was refused.
 *
 * The detected type then replaces the declared one on `req.file`, so the stored `mimeType`, and
 * the file name's extension, are truthful.
 */
export const checkUploadedFile =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file) return args

    let detected: Awaited<ReturnType<typeof detectType>>
    let size: number
    try {
      detected = await detectType(file)
      size = await sizeOf(file)
    } catch {
      return refuse(collection.slug, req, t(req, 'unreadableFile'))
    }
    if (!detected) return refuse(collection.slug, req, t(req, 'unknownFileType'))

    const kind = kindOf(detected.mime)
    if (!kind) return refuse(collection.slug, req, t(req, 'fileTypeRefused', { detected: detected.mime }))

    const limit = options.media.maxBytes[kind]
    if (size > limit) return refuse(collection.slug, req, t(req, 'fileTooLarge', { kind: t(req, kindNames[kind]), limitMb: megabytesOf(limit) }))

    // A few kilobytes of PNG can hold 16,000 × 16,000 pixels: gigabytes and seconds to decode.
    if (kind === 'image') {
      const dimensions = await dimensionsOf(file, req.payload.config.sharp)
      if (dimensions === null) return refuse(collection.slug, req, t(req, 'unreadableFile'))
      const maxPixels = options.media.maxImagePixels
      if (dimensions && dimensions.width * dimensions.height * dimensions.frames > maxPixels) {
        return refuse(collection.slug, req, tooManyPixels(req, dimensions, maxPixels))
      }
    }

    const mime = mimeEssence(detected.mime)
    file.mimetype = mime
    file.size = size
    file.name = nameForType(file.name, mime, detected.ext)
    return args
  }
