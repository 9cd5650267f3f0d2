/**
 * The twin's own diacritic folding, written as a hand-made server would (test/benchTwin.test.ts
 * holds it to the project's src/lib/foldVietnamese.ts, so a change there shows up as a failing test
 * rather than as a twin that quietly searches differently).
 */
export const twinFold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** A word as a LIKE pattern that matches it anywhere: `%`, `_` and `\` in it match themselves. */
export const containsPattern = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
