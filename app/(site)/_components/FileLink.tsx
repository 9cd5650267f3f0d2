import type { Media } from '../_lib/apiTypes.ts'

import { absoluteUrl } from '../_lib/imageSources.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'

const kindOf = (mimeType: string | null | undefined) =>
  mimeType === 'application/pdf' ? 'PDF' : mimeType?.startsWith('video/') ? 'video' : mimeType?.startsWith('audio/') ? 'âm thanh' : 'tệp'

const sizeOf = (bytes: number | null | undefined) =>
  !bytes
    ? ''
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`

/** A link to download a file, saying what it is and how large before the reader spends data on it. */
export const FileLink = ({ media, label }: { media: Media; label?: string }) => {
  if (!media.url) return null
  const facts = [kindOf(media.mimeType), sizeOf(media.filesize)].filter(Boolean).join(', ')
  return (
    <a className="file-link" href={absoluteUrl(media.url, apiBaseUrl())} download={media.filename ?? undefined}>
      {label ?? media.caption ?? media.filename} <span className="file-link__facts">({facts})</span>
    </a>
  )
}
