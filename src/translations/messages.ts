/**
 * Errors a person sees, Vietnamese first and English second, in one string so that
 * every client (admin panel, portal, curl) shows both whatever its language.
 */
export const messages = {
  publishersOnly:
    'Chỉ biên tập viên mới được đăng, công bố hoặc gỡ. / Only editors can publish or unpublish.',
  unitCodeStable: 'Mã đơn vị không được thay đổi sau khi tạo. / A unit code cannot change once created.',
  unitCodeFormat:
    'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. / A unit code is lowercase letters, digits and hyphens.',
  ownUnitForbidden:
    'Chỉ quản trị hệ thống mới được đổi đơn vị của tài khoản. / Only a system administrator can change an account’s unit.',
  ownAdminFlagForbidden:
    'Chỉ quản trị hệ thống mới được cấp hoặc thu hồi quyền quản trị. / Only a system administrator can grant or revoke administrator rights.',
} as const
