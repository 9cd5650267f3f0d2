/** What a post must have before the public sees it (accessibility and a usable listing). */
export type PublicationInput = {
  format?: string | null
  excerpt?: string | null
  coverImage?: unknown
  /** Alt text of the cover image, when there is one. */
  coverAlt?: string | null
  topics?: unknown[] | null
  gallery?: unknown[] | null
  transcript?: string | null
}

export type MissingItem = { path: string; reason: keyof typeof publicationReasons }

export const publicationReasons = {
  coverImage: 'Cần ảnh đại diện trước khi đăng. / A cover image is required to publish.',
  coverAlt: 'Ảnh đại diện cần có mô tả thay thế (alt). / The cover image needs alt text to publish.',
  excerpt: 'Cần sapo (tóm tắt) trước khi đăng. / An excerpt is required to publish.',
  topics: 'Cần chọn ít nhất một chuyên mục. / At least one topic is required to publish.',
  gallery: 'Phóng sự ảnh cần có bộ ảnh. / A photo story needs a gallery to publish.',
  transcript:
    'Video và âm thanh cần bản ghi lời hoặc phụ đề (hỗ trợ tiếp cận). / Video and audio need a transcript or captions to publish (accessibility).',
} as const

const blank = (text: string | null | undefined) => !text || text.trim() === ''

/** The fields a post still lacks for publication, empty when it is ready. */
export const missingForPublication = (post: PublicationInput): MissingItem[] => {
  const missing: MissingItem[] = []
  if (!post.coverImage) missing.push({ path: 'coverImage', reason: 'coverImage' })
  else if (blank(post.coverAlt)) missing.push({ path: 'coverImage', reason: 'coverAlt' })
  if (blank(post.excerpt)) missing.push({ path: 'excerpt', reason: 'excerpt' })
  if (!post.topics?.length) missing.push({ path: 'topics', reason: 'topics' })
  if (post.format === 'photo' && !post.gallery?.length) missing.push({ path: 'gallery', reason: 'gallery' })
  if ((post.format === 'video' || post.format === 'audio') && blank(post.transcript)) {
    missing.push({ path: 'transcript', reason: 'transcript' })
  }
  return missing
}
