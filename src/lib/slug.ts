import slugify from '@sindresorhus/slugify'

/**
 * A URL slug from Vietnamese text: diacritics dropped, `đ` -> `d`, lowercase, hyphens
 * ("Cải cách hành chính" -> "cai-cach-hanh-chinh").
 */
// decamelize off: an all-caps Vietnamese word ("ĐỒNG") would otherwise be split ("d-ong").
export const toSlug = (text: string): string =>
  slugify(text, { decamelize: false, customReplacements: [['đ', 'd'], ['Đ', 'd']] })

/** The slug with a numeric suffix, for the n-th document that wants the same one (n >= 2). */
export const withSuffix = (slug: string, n: number): string => (n < 2 ? slug : `${slug}-${n}`)
