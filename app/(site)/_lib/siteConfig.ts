/**
 * Who publishes the site and where it lives. A commune that copies these pages into its own front
 * end changes the names here; the two URLs come from the environment.
 */
export const siteConfig = {
  /** The section's name, first in every page title's suffix. */
  sectionName: 'Cải cách hành chính',
  /** Who publishes it, as the header and footer show it. */
  publisher: 'UBND xã Thanh Miện',
  publisherDetail: 'Thành phố Hải Phòng',
  /** The unit that keeps the section (Trung tâm Dịch vụ sự nghiệp công, TTDVSNC). */
  editorialUnit: 'Trung tâm Dịch vụ sự nghiệp công xã Thanh Miện',
  /** Whose handling figures the figures page shows (unit code of the one-stop centre). */
  figuresUnit: 'ttpvhcc',
} as const

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

/** This site's own public URL (Open Graph, share links, canonical links): the host's `SERVER_URL`. */
export const siteUrl = (): string => withoutTrailingSlash(process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`)

/**
 * The API the pages read: `CCHC_API_URL`, so that the same pages run against another instance;
 * by default this app's own API.
 */
export const apiBaseUrl = (): string => withoutTrailingSlash(process.env.CCHC_API_URL || siteUrl())
