import type { PostFormat } from '../_lib/apiTypes.ts'

import { formatLabels, labelOf } from '../_lib/labels.ts'

/** The post's format in words (bài viết, phóng sự ảnh, video, âm thanh), never by colour or icon alone. */
export const FormatBadge = ({ format }: { format: PostFormat }) => (
  <span className={`format-badge format-badge--${format}`}>{labelOf(formatLabels, format)}</span>
)
