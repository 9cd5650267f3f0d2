/** Errors of concurrent writes and a busy database, Vietnamese first, English second. */
export const concurrencyMessages = {
  databaseBusy: (seconds: number) =>
    `Hệ thống đang bận, chưa lưu được; vui lòng thử lại sau ${seconds} giây. / The server is busy and saved nothing; please try again in ${seconds} seconds.`,
  staleVersion:
    'Tài liệu đã được người khác thay đổi (hoặc đăng) sau khi bạn mở; chưa lưu gì. Hãy tải lại bản mới nhất rồi sửa tiếp. / The document was changed (or published) by someone else after you opened it; nothing was saved. Reload the latest version and edit again.',
  badIfMatch:
    'Tiêu đề If-Match phải là thời điểm cập nhật (updatedAt) của tài liệu, ví dụ "2026-05-04T08:30:00.000Z". / The If-Match header must be the document’s updatedAt, e.g. "2026-05-04T08:30:00.000Z".',
} as const
