import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from './_components/SiteFooter.tsx'
import { SiteHeader } from './_components/SiteHeader.tsx'
import { apiPaths } from './_lib/apiPaths.ts'
import { apiBaseUrl, siteConfig, siteUrl } from './_lib/siteConfig.ts'
import './site.css'

const titleSuffix = `${siteConfig.sectionName} – ${siteConfig.publisher}`

// Read at request time: the site's own URL comes from the environment the server runs in.
export const generateMetadata = (): Metadata => ({
  metadataBase: new URL(siteUrl()),
  title: { default: titleSuffix, template: `%s – ${titleSuffix}` },
  description: `Tin bài, thủ tục hành chính và kết quả giải quyết hồ sơ của ${siteConfig.publisher}.`,
  openGraph: { siteName: titleSuffix, locale: 'vi_VN', type: 'website' },
  formatDetection: { telephone: false },
  // The feeds are served by the API: readers' feed apps find them from any page.
  alternates: {
    types: {
      'application/rss+xml': [
        { url: `${apiBaseUrl()}${apiPaths.feed('posts', 'xml')}`, title: 'Tin bài (RSS)' },
        { url: `${apiBaseUrl()}${apiPaths.feed('documents', 'xml')}`, title: 'Văn bản (RSS)' },
      ],
      'application/atom+xml': [{ url: `${apiBaseUrl()}${apiPaths.feed('posts', 'atom')}`, title: 'Tin bài (Atom)' }],
    },
  },
})

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8e1b1b' }

/** The public site's root layout: Vietnamese, a skip link, header, main and footer landmarks. */
const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="vi">
    <body>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader />
      <main id="noi-dung" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </body>
  </html>
)

export default SiteLayout
