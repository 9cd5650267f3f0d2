import type { Field, FieldHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { resolveRole } from '../access/roles.ts'
import { unitIdOf } from '../access/scopes.ts'

/**
 * Contributors always write as their own unit: on create the unit is theirs whatever they send,
 * and on update it stays what it was. Editors and administrators choose, defaulting to their own.
 */
export const assignOwnUnit =
  (options: ResolvedOptions): FieldHook =>
  async ({ operation, originalDoc, req, value }) => {
    if (!req.user) return value
    const role = await resolveRole(req, options)
    const mayChoose = role === 'editor' || role === 'administrator'
    if (operation === 'create') return mayChoose ? (value ?? unitIdOf(req)) : unitIdOf(req)
    return mayChoose ? value : originalDoc?.unit
  }

/** The unit a document belongs to (đơn vị nguồn): it decides who may change the document. */
export const unitField = (options: ResolvedOptions, overrides: Partial<Field> = {}): Field =>
  ({
    name: 'unit',
    type: 'relationship',
    relationTo: options.slugs.units,
    index: true,
    label: { vi: 'Đơn vị', en: 'Unit' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Đơn vị cộng tác luôn ghi theo đơn vị của mình; biên tập viên được chọn.',
        en: 'Contributors always write as their own unit; editors may choose.',
      },
    },
    hooks: { beforeChange: [assignOwnUnit(options)] },
    ...overrides,
  }) as Field
