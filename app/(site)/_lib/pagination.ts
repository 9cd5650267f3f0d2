/** A page number from the query string (`?trang=2`): a whole number from 1, else 1. */
export const parsePage = (value: string | string[] | undefined): number => {
  const text = Array.isArray(value) ? value[0] : value
  if (!text || !/^\d{1,4}$/.test(text)) return 1
  return Math.max(1, Number(text))
}

/**
 * The page links to show: the first, the last, and the current one with a neighbour on each side;
 * `null` stands for the pages left out (shown as "…"). Short enough for a phone's width.
 */
export const pageLinks = (current: number, total: number): (number | null)[] => {
  if (total <= 1) return []
  const shown = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total))
  const pages = [...shown].sort((a, b) => a - b)
  const links: (number | null)[] = []
  for (const [index, page] of pages.entries()) {
    const before = pages[index - 1]
    if (before !== undefined && page - before === 2) links.push(before + 1)
    else if (before !== undefined && page - before > 2) links.push(null)
    links.push(page)
  }
  return links
}
