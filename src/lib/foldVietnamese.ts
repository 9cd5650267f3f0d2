/**
 * Vietnamese text folded for matching: lowercase, diacritics dropped, `đ` -> `d`, spaces squeezed,
 * so that a reader typing "thu tuc" finds "Thủ tục".
 */
export const foldVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
