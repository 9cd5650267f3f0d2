import type { FieldHook } from 'payload'

/**
 * A field's value in a duplicate (`beforeDuplicate`): a copy is a new document, so its editorial
 * state and the reviewer's notes start over, whatever its source had reached.
 */
export const copyStartsAs =
  (value: unknown): FieldHook =>
  () =>
    value
