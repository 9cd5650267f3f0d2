import type { FieldHook } from 'payload'

/** Counters are filled by the server (views and ratings), never by a request. */
export const keepCounter: FieldHook = ({ field, operation, originalDoc }) =>
  operation === 'create' ? 0 : (originalDoc?.[(field as { name: string }).name] ?? 0)
