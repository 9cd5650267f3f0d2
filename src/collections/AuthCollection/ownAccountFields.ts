import type { Field, FieldAccess } from 'payload'

/** Both must allow: the field's own read rule (if any) and the account rule. */
const bothAllow =
  (own: FieldAccess | undefined, account: FieldAccess): FieldAccess =>
  async (args) =>
    (await account(args)) && (own ? await own(args) : true)

/**
 * Staff may read each other's accounts for a label and a work address: the title (`useAsTitle`,
 * the name) and the e-mail, by which Payload's document-lock dialog names who is editing; every
 * other field is read only by the account's owner and administrators. Containers (rows,
 * collapsibles, tabs) have their fields guarded one by one. Hidden auth fields (hash, salt,
 * sessions) never leave the server anyway.
 */
export const guardAccountFields = (fields: Field[], title: string | undefined, account: FieldAccess): Field[] => {
  const guard = (field: Field): Field => {
    // Tabs (named ones too) and other containers: their fields one by one.
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(guard) })) }
    if (!('name' in field) || !field.name) return 'fields' in field ? ({ ...field, fields: field.fields.map(guard) } as Field) : field
    if (field.type === 'ui' || field.name === title || field.name === 'email') return field
    const access = 'access' in field ? field.access : undefined
    return { ...field, access: { ...access, read: bothAllow(access?.read, account) } } as Field
  }
  return fields.map(guard)
}
