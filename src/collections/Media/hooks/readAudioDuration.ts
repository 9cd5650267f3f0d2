import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { parseBuffer, parseFile } from 'music-metadata'

import { storedBefore } from '../../../lib/storedBefore.ts'

type UploadedFile = NonNullable<PayloadRequest['file']>

const onDiskOnly = (file: UploadedFile): file is UploadedFile & { tempFilePath: string } =>
  typeof file.tempFilePath === 'string' && (!file.data || file.data.length === 0)

/** Seconds of sound in the file, read from its headers and frames by music-metadata; null when it cannot tell. */
const secondsOf = async (file: UploadedFile): Promise<number | null> => {
  try {
    const options = { duration: true, skipCovers: true }
    const { format } = onDiskOnly(file)
      ? await parseFile(file.tempFilePath, options)
      : await parseBuffer(file.data, { mimeType: file.mimetype, size: file.data.length }, options)
    return typeof format.duration === 'number' && Number.isFinite(format.duration) ? Math.round(format.duration * 1000) / 1000 : null
  } catch {
    return null
  }
}

/**
 * The length of an audio or video file, read on upload and stored on the document (the radio's
 * programmes add it up); kept as it was when a write brings no new file. Nobody types it.
 */
export const readAudioDuration: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const file = req.file
  if (file) {
    const timed = /^(audio|video)\//.test(file.mimetype)
    data.duration = timed ? await secondsOf(file) : null
  } else {
    data.duration = storedBefore({ operation, originalDoc })?.duration ?? null
  }
  return data
}
