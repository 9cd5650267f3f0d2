import type { Field, FieldAccess } from 'payload'

/** Both must allow: the field's own read rule (if any) and the account rule. */
const bothAllow =
  (own: FieldAccess | undefined, account: FieldAccess): FieldAccess =>
  async (args) =>
    (await account(args)) && (own ? await own(args) : true)

/**
 * Staff may read each other's accounts for a label; every field but the title (`useAsTitle`,
 * the name) is then read only by the account's owner and administrators. Containers (rows,
 * collapsibles, tabs) have their fields guarded one by one. `email` is Payload's own auth field:
 * a field of that name here is merged into it (Payload's `mergeBaseFields`), so its access applies
 * to the real one. Hidden auth fields (hash, salt, sessions) never leave the server anyway.
 */
export const guardAccountFields = (fields: Field[], title: string | undefined, account: FieldAccess): Field[] => {
  const guard = (field: Field): Field => {
    // Tabs (named ones too) and other containers: their fields one by one.
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(guard) })) }
    if (!('name' in field) || !field.name) return 'fields' in field ? ({ ...field, fields: field.fields.map(guard) } as Field) : field
    if (field.type === 'ui' || (field.name === title && title !== 'email')) return field
    const access = 'access' in field ? field.access : undefined
    return { ...field, access: { ...access, read: bothAllow(access?.read, account) } } as Field
  }
  const guarded = fields.map(guard)
  return guarded.some((field) => 'name' in field && field.name === 'email') ? guarded : [...guarded, guard({ name: 'email', type: 'email' })]
}
