/** Errors about procedures and announcement decisions, Vietnamese first, English second. */
export const procedureMessages = {
  portalHost: (hosts: readonly string[]) =>
    `Liên kết phải là https trên cổng dịch vụ công được phép: ${hosts.join(', ')}. / The link must be https on an allowed public service portal: ${hosts.join(', ')}.`,
  partialReasonRequired:
    'Dịch vụ công trực tuyến một phần phải công khai lý do (Nghị định 224/2026/NĐ-CP). / A partly online service must publish its reason (Decree 224/2026/NĐ-CP).',
  codeStable:
    'Mã thủ tục không được đổi sau khi tạo. / A procedure code cannot change once created.',
  appliedItemChanged: (n: number) =>
    `Mục ${n} đã được áp dụng vào thủ tục, không sửa hoặc xóa được; hãy ban hành quyết định khác. / Item ${n} has been applied to its procedure and cannot be changed or removed; issue another decision.`,
  appliedDecisionDelete:
    'Quyết định đã áp dụng vào thủ tục, không xóa được. / This decision has been applied to procedures and cannot be deleted.',
  importIntoDraftOnly:
    'Chỉ nhập danh mục vào quyết định chưa công bố. / An annex can be imported into an unpublished decision only.',
  importFileMissing:
    'Cần gửi tệp CSV (trường "file") hoặc nội dung text/csv. / Send a CSV file (field "file") or a text/csv body.',
  importTooLarge: (bytes: number) =>
    `Tệp danh mục quá lớn (tối đa ${bytes / 1024 / 1024} MB). / The annex file is too large (at most ${bytes / 1024 / 1024} MB).`,
  importTooManyItems: (kept: number, imported: number, max: number) =>
    `Quyết định đã có ${kept} mục, thêm ${imported} mục là quá ${max} mục một quyết định được có. / The decision has ${kept} items; ${imported} more would exceed the ${max} a decision may hold.`,
  importRejected: (count: number) =>
    `Tệp có ${count} lỗi; chưa nhập dòng nào. / The file has ${count} error(s); nothing was imported.`,
} as const
