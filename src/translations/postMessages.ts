/** Errors of the editorial workflow, Vietnamese first, English second. */
export const postMessages = {
  editorsOnly: (to: string) =>
    `Chỉ biên tập viên mới được chuyển bài sang trạng thái "${to}" (đăng, gỡ, duyệt, từ chối, lưu trữ). / Only editors can move a post to "${to}" (publish, unpublish, approve, reject, archive).`,
  notATransition: (from: string, to: string) =>
    `Không thể chuyển bài từ "${from}" sang "${to}". / A post cannot go from "${from}" to "${to}".`,
  publishNotByDraft:
    'Không thể đăng bài bằng thao tác lưu nháp; hãy bấm "Đăng". / A post cannot be published by a draft save; use Publish.',
  reasonRequired: 'Cần ghi lý do khi yêu cầu sửa bài. / A reason is required when sending a post back for changes.',
  slugStable:
    'Đường dẫn (slug) không được đổi sau khi bài đã đăng. / The slug cannot change once the post has been published.',
  videoHost: (hosts: readonly string[]) =>
    `Liên kết video phải là https trên một trong các trang: ${hosts.join(', ')}. / The video link must be https on one of: ${hosts.join(', ')}.`,
} as const
