import type { AfterErrorHook, FlattenedField } from 'payload'

import { getTranslation } from '@payloadcms/translations'

type Answer = { errors?: { name?: string; message?: string; data?: { errors?: { path?: string }[] } }[] }

/** The label of the field at `path` (`items.0.code`: array rows by index), or null. */
const labelAt = (fields: FlattenedField[], path: string, i18n: Parameters<typeof getTranslation>[1]): null | string => {
  let current: FlattenedField[] | undefined = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    found = current?.find((field) => field.name === segment)
    if (!found) return null
    current = 'flattenedFields' in found ? (found.flattenedFields as FlattenedField[]) : undefined
  }
  const label = found && 'label' in found ? found.label : undefined
  if (!label || typeof label === 'function') return null
  return getTranslation(label, i18n)
}

/**
 * "The following fields are invalid: coverImage, excerpt" names the fields as the person sees them
 * ("Ảnh đại diện, Sapo"): the admin shows that sentence as a toast, beside the messages it places
 * under each field.
 */
export const nameFieldsByLabel: AfterErrorHook = ({ collection, graphqlResult, req, result }) => {
  const answer = result as Answer | undefined
  const first = answer?.errors?.[0]
  const errors = first?.data?.errors
  if (graphqlResult || !collection || answer?.errors?.length !== 1 || !Array.isArray(errors) || errors.length === 0) return
  const lead = req.t('error:followingFieldsInvalid', { count: errors.length })
  if (!first?.message?.startsWith(lead)) return
  const names = errors.map(({ path }) => (path ? (labelAt(collection.flattenedFields, path, req.i18n) ?? path) : ''))
  return { response: { ...answer, errors: [{ ...first, message: `${lead} ${[...new Set(names)].join(', ')}` }] } }
}
