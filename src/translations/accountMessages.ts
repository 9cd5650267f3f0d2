/** Errors about sign-in, passwords and the jobs queue, Vietnamese first, English second. */
export const accountMessages = {
  passwordTooShort: (minLength: number) =>
    `Mật khẩu phải có ít nhất ${minLength} ký tự. / The password must have at least ${minLength} characters.`,
  passwordTooCommon:
    'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ. / This password is too common and easy to guess. Choose another, such as a short sentence.',
  // Says nothing about whether the account exists: the same for every address.
  loginThrottled: (minutes: number) =>
    `Đăng nhập không thành công quá nhiều lần từ máy này. Vui lòng thử lại sau ${minutes} phút. / Too many failed sign-ins from this device. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  forgotPasswordThrottled: (minutes: number) =>
    `Đã gửi quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau ${minutes} phút. / Too many password-reset requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  refreshWithoutRights:
    'Tài khoản không còn thuộc đơn vị nào đang hoạt động, nên phiên đăng nhập không được gia hạn. / This account no longer belongs to an active unit, so the session cannot be renewed.',
  jobsForbidden:
    'Chỉ quản trị hệ thống hoặc bộ lập lịch có khóa bí mật mới được chạy hàng đợi tác vụ. / Only a system administrator or the scheduler with the secret may run the jobs queue.',
  auditLogAppendOnly:
    'Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa. / The audit log is append-only: entries cannot be changed or deleted.',
} as const
