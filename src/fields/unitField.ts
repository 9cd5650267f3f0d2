import type { Field, FieldHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type Role, resolveRole } from '../access/roles.ts'
import { unitIdOf } from '../access/scopes.ts'

export type UnitChoice = {
  /** Roles that may choose the unit. @default editors and administrators */
  choosers?: readonly Role[]
  /** The unit of a new document when a chooser gives none. @default the chooser's own unit */
  fallback?: (req: PayloadRequest) => Promise<number | string | null>
  /** When the unit is settled: `beforeValidate` lets the collection's own hooks rely on it. @default 'beforeChange' */
  stage?: 'beforeChange' | 'beforeValidate'
}

/**
 * Contributors always write as their own unit: on create the unit is theirs whatever they send,
 * and on update it stays what it was. Choosers (editors and administrators) choose, defaulting to
 * their own.
 */
const assignOwnUnit =
  (options: ResolvedOptions, { choosers = ['editor', 'administrator'], fallback }: UnitChoice = {}): FieldHook =>
  async ({ operation, originalDoc, req, value }) => {
    if (!req.user) return value ?? (operation === 'create' && fallback ? await fallback(req) : value)
    const mayChoose = choosers.includes(await resolveRole(req, options))
    if (operation === 'create') return mayChoose ? (value ?? (await fallback?.(req)) ?? unitIdOf(req)) : unitIdOf(req)
    return mayChoose ? value : originalDoc?.unit
  }

/** The unit a document belongs to (đơn vị nguồn): it decides who may change the document. */
export const unitField = (options: ResolvedOptions, overrides: Partial<Field> = {}, choice: UnitChoice = {}): Field =>
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
    hooks: { [choice.stage ?? 'beforeChange']: [assignOwnUnit(options, choice)] },
    // The admin's form starts with the writer's own unit, unless the collection has its own default.
    ...(choice.fallback ? {} : { defaultValue: ({ user }: { user?: unknown }) => unitIdOf({ user } as PayloadRequest) ?? undefined }),
    ...overrides,
  }) as Field
