import type { MediaKind } from '../lib/mediaKinds.ts'

const kindNames: Record<MediaKind, { vi: string; en: string }> = {
  image: { vi: 'ảnh', en: 'an image' },
  video: { vi: 'video', en: 'a video' },
  audio: { vi: 'tệp âm thanh', en: 'an audio file' },
  pdf: { vi: 'tệp PDF', en: 'a PDF' },
}

/**
 * Errors about uploaded files, Vietnamese first and English second in one string, as in
 * messages.ts: every client shows both whatever its language.
 */
export const mediaMessages = {
  unknownFileType:
    'Không nhận ra loại tệp từ nội dung tệp. Chỉ nhận ảnh JPEG, PNG, WebP, GIF; video MP4, WebM; âm thanh MP3, M4A, OGG, WAV; và PDF. / The file’s contents match no accepted type. Accepted: JPEG, PNG, WebP and GIF images; MP4 and WebM video; MP3, M4A, OGG and WAV audio; and PDF.',
  fileTypeRefused: (detected: string) =>
    `Nội dung tệp là "${detected}", loại này không được tải lên. Chỉ nhận ảnh JPEG, PNG, WebP, GIF; video MP4, WebM; âm thanh MP3, M4A, OGG, WAV; và PDF. / The file’s contents are "${detected}", which cannot be uploaded. Accepted: JPEG, PNG, WebP and GIF images; MP4 and WebM video; MP3, M4A, OGG and WAV audio; and PDF.`,
  fileTooLarge: (kind: MediaKind, limitMb: string) =>
    `Tệp quá lớn: ${kindNames[kind].vi} tối đa ${limitMb} MB. / The file is too large: ${kindNames[kind].en} may be at most ${limitMb} MB.`,
  tooManyPixels: ({ width, height, frames }: { width: number; height: number; frames: number }, maxPixels: number) => {
    const millions = (pixels: number) => (pixels / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })
    const size = `${width} × ${height}`
    const total = millions(width * height * frames)
    return frames > 1
      ? `Ảnh quá nhiều điểm ảnh: ${size} × ${frames} khung hình (${total} triệu), tối đa ${millions(maxPixels)} triệu. Hãy thu nhỏ ảnh rồi tải lại. / The image has too many pixels: ${size} × ${frames} frames (${total} million), at most ${millions(maxPixels)} million. Scale it down and upload it again.`
      : `Ảnh quá nhiều điểm ảnh: ${size} (${total} triệu), tối đa ${millions(maxPixels)} triệu. Hãy thu nhỏ ảnh rồi tải lại. / The image has too many pixels: ${size} (${total} million), at most ${millions(maxPixels)} million. Scale it down and upload it again.`
  },
  unreadableFile: 'Không đọc được tệp tải lên. / The uploaded file could not be read.',
  altRequired:
    'Ảnh cần có mô tả thay thế (alt) cho người không xem được ảnh. / An image needs alternative text (alt) for people who cannot see it.',
} as const
