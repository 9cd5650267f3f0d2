import type { FlattenedField } from 'payload'

/**
 * Marks a number field that counts (dossiers, copies, views, a year): `custom: wholeNumber`. Its
 * values must be safe integers, so 1.5 and 1e20 are refused (checkWriteData) instead of stored.
 */
export const wholeNumber = { wholeNumber: true } as const

export const isWholeNumberField = (field: FlattenedField): boolean =>
  (field as { custom?: Record<string, unknown> }).custom?.wholeNumber === true
