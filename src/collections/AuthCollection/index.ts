import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, documentFieldGrant, fieldGrant } from '../../access/grant.ts'
import { documentFieldRights, fieldRights, rights } from '../../access/rights.ts'
import { unitField } from '../../fields/unitField.ts'
import { withOverride } from '../withOverride.ts'
import { notificationPreferencesField } from './notificationPreferences.ts'
import { guardAccountFields } from './ownAccountFields.ts'
import { checkNewPassword } from './hooks/checkNewPassword.ts'
import { recordLogin, throttleLogin } from './hooks/guardLogin.ts'
import { makeFirstUserAdministrator } from './hooks/makeFirstUserAdministrator.ts'
import { refuseLoginWithoutRights } from './hooks/refuseLoginWithoutRights.ts'
import { refuseRefreshWithoutRights } from './hooks/refuseRefreshWithoutRights.ts'
import { refuseRightsEscalation } from './hooks/refuseRightsEscalation.ts'
import { throttlePasswordReset } from './hooks/throttlePasswordReset.ts'

// Read: guardAccountFields below (the owner and administrators).
const fieldAccess = (options: ResolvedOptions, row: (typeof fieldRights.users)[keyof typeof fieldRights.users]) => ({
  create: fieldGrant(options, row.create),
  update: fieldGrant(options, row.update),
})

/**
 * Adds a unit and an administrator flag to the host's auth collection, with the access of the
 * rights table wrapped around whatever access the host set, and guards its sign-in: throttling
 * by account and client instead of Payload's lockout, equal answers for every failure, strong
 * new passwords, no renewed session without rights.
 */
export const extendAuthCollection = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig =>
  // The host's own access stays (both must allow, queries ANDed), and its hooks run after the plugin's.
  withOverride(
    {
      ...collection,
      auth: {
        ...(typeof collection.auth === 'object' ? collection.auth : {}),
        // Payload's lockout lets anyone lock an account for everyone with a few wrong passwords; the
        // plugin's throttle (hooks/guardLogin.ts) replaces it, whatever the host set.
        maxLoginAttempts: 0,
      },
      access: accessFrom(options, rights.users),
      admin: {
        ...collection.admin,
        defaultColumns: collection.admin?.defaultColumns ?? ['email', 'unit', 'isSystemAdmin'],
      },
      // Staff read one another's names (labels of authors, of who holds a lock); the rest of an
      // account only its owner and administrators.
      fields: guardAccountFields([
        ...collection.fields,
        unitField(options, {
          admin: {
            position: 'sidebar',
            description: {
              vi: 'Quyền của tài khoản theo đơn vị. Chỉ quản trị hệ thống được đổi.',
              en: 'The account’s rights follow its unit. Only a system administrator can change it.',
            },
          },
          access: fieldAccess(options, fieldRights.users.unit),
          // Not the documents' "own unit" rule: here only an administrator sets it (field access).
          hooks: {},
          defaultValue: undefined,
        }),
        {
          name: 'isSystemAdmin',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Quản trị hệ thống', en: 'System administrator' },
          admin: {
            position: 'sidebar',
            description: {
              vi: 'Quản lý tài khoản, đơn vị và cấu hình; xem nhật ký.',
              en: 'Manages users, units and settings; reads the audit log.',
            },
          },
          access: fieldAccess(options, fieldRights.users.isSystemAdmin),
        },
        notificationPreferencesField(),
      ], collection.admin?.useAsTitle, documentFieldGrant(options, documentFieldRights.users.account.read)),
      hooks: {
        beforeOperation: [
          refuseRightsEscalation(options),
          checkNewPassword(options),
          throttleLogin(options),
          throttlePasswordReset(options),
          refuseRefreshWithoutRights(options),
        ],
        beforeChange: [makeFirstUserAdministrator],
        beforeLogin: [refuseLoginWithoutRights(options)],
        afterLogin: [recordLogin(options)],
      },
    },
    { access: collection.access, hooks: collection.hooks },
  )
