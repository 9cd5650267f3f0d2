/** The four kinds of file `cchc-media` takes; each has its own size limit in the options. */
export const mediaKinds = ['image', 'video', 'audio', 'pdf'] as const
export type MediaKind = (typeof mediaKinds)[number]

/**
 * The file types accepted, as the file's bytes show them (what `file-type` reports), by kind.
 * SVG is absent on purpose: it is text that can carry script, and it is served from our origin.
 */
const mediaKindByMime = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/ogg': 'audio',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'application/pdf': 'pdf',
} as const satisfies Record<string, MediaKind>

export type MediaMime = keyof typeof mediaKindByMime

/** The allow-list, for the collection's `upload.mimeTypes`. */
export const allowedMimeTypes = Object.keys(mediaKindByMime) as MediaMime[]

/** A MIME type without its parameters, lowercased: `audio/ogg; codecs=opus` is `audio/ogg`. */
export const mimeEssence = (mime: string): string => mime.split(';')[0]!.trim().toLowerCase()

/** The kind of an accepted type, or null for any type that is not accepted. */
export const kindOf = (mime: string | null | undefined): MediaKind | null => {
  if (!mime) return null
  const essence = mimeEssence(mime)
  return Object.hasOwn(mediaKindByMime, essence) ? mediaKindByMime[essence as MediaMime] : null
}

/** Bytes as whole megabytes, or one decimal below ten, for messages: 10485760 is "10". */
export const megabytesOf = (bytes: number): string => {
  const mb = bytes / (1024 * 1024)
  return mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1)
}

/**
 * The request-wide upload limit the host needs so that no per-kind limit is cut short
 * (Payload refuses any file over `upload.limits.fileSize`, 20 MB unless set, before a hook runs).
 */
export const largestUploadBytes = (maxBytes: Record<MediaKind, number>, hostLimit?: number): number =>
  Math.max(hostLimit ?? 0, ...mediaKinds.map((kind) => maxBytes[kind]))
