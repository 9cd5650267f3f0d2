import type { CollectionConfig } from 'payload'

/** The host's accounts; the CCHC plugin adds `unit` and `isSystemAdmin` and their rights. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Tài khoản', en: 'User' },
    plural: { vi: 'Tài khoản', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'unit', 'isSystemAdmin'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  auth: {
    // No maxLoginAttempts: the CCHC plugin throttles sign-ins by account and client instead.
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && (process.env.SERVER_URL ?? '').startsWith('https://'),
    },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
  ],
}
