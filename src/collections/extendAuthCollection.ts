import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { fieldGrant, grant, withHostAccess } from '../access/grant.ts'
import { fieldRights, rights } from '../access/rights.ts'
import { makeFirstUserAdministrator } from '../hooks/makeFirstUserAdministrator.ts'
import { refuseLoginWithoutRights } from '../hooks/refuseLoginWithoutRights.ts'
import { refuseRightsEscalation } from '../hooks/refuseRightsEscalation.ts'

const fieldAccess = (options: ResolvedOptions, row: (typeof fieldRights.users)[keyof typeof fieldRights.users]) => ({
  create: fieldGrant(options, row.create),
  read: fieldGrant(options, row.read),
  update: fieldGrant(options, row.update),
})

/**
 * Adds a unit and an administrator flag to the host's auth collection, with the access of the
 * rights table wrapped around whatever access the host set.
 */
export const extendAuthCollection = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const access = collection.access ?? {}
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    access: {
      ...access,
      // Admin panel: members of an active unit and administrators, and whoever else the host refuses stays out.
      admin: async (args) =>
        (await grant(options, rights.users.admin)(args)) === true && (!access.admin || (await access.admin(args))),
      read: withHostAccess(access.read, grant(options, rights.users.read)),
      create: withHostAccess(access.create, grant(options, rights.users.create)),
      update: withHostAccess(access.update, grant(options, rights.users.update)),
      delete: withHostAccess(access.delete, grant(options, rights.users.delete)),
      unlock: withHostAccess(access.unlock, grant(options, rights.users.unlock)),
    },
    admin: {
      ...collection.admin,
      defaultColumns: collection.admin?.defaultColumns ?? ['email', 'unit', 'isSystemAdmin'],
    },
    fields: [
      ...collection.fields,
      {
        name: 'unit',
        type: 'relationship',
        relationTo: options.slugs.units,
        index: true,
        label: { vi: 'Đơn vị', en: 'Unit' },
        admin: {
          position: 'sidebar',
          description: {
            vi: 'Quyền của tài khoản theo đơn vị. Chỉ quản trị hệ thống được đổi.',
            en: 'The account’s rights follow its unit. Only a system administrator can change it.',
          },
        },
        access: fieldAccess(options, fieldRights.users.unit),
      },
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
    ],
    hooks: {
      ...hooks,
      beforeOperation: [refuseRightsEscalation(options), ...(hooks.beforeOperation ?? [])],
      beforeChange: [makeFirstUserAdministrator, ...(hooks.beforeChange ?? [])],
      beforeLogin: [refuseLoginWithoutRights(options), ...(hooks.beforeLogin ?? [])],
    },
  }
}
