import type { FieldHook } from 'payload'

/** The author is whoever is logged in when the post is created, never what the request says. */
export const setAuthor: FieldHook = ({ operation, originalDoc, req, value }) =>
  operation === 'create' ? (req.user?.id ?? value ?? null) : originalDoc?.author

/**
 * The author's name as it was when the post was written, for the editors who review it: they do
 * not read other accounts (rights table), so the relationship alone would show them an id.
 */
export const setAuthorName: FieldHook = ({ operation, originalDoc, req, value }) =>
  operation === 'create' ? ((req.user as { name?: string } | null)?.name ?? value ?? null) : originalDoc?.authorName
