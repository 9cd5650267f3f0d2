import { routes } from '../_lib/routes.ts'
import { siteConfig } from '../_lib/siteConfig.ts'
import { FeedbackLinks } from './FeedbackLinks.tsx'
import { SiteLink } from './SiteLink.tsx'

const sections = [
  { href: routes.home, label: 'Tin bài' },
  { href: routes.procedures, label: 'Thủ tục hành chính' },
  { href: routes.procedureChanges, label: 'Thủ tục mới, sửa đổi' },
  { href: routes.figures, label: 'Kết quả giải quyết' },
  { href: routes.documents, label: 'Văn bản' },
]

/** The publisher, the section's name (a link home) and its main parts, as large tap targets. */
export const SiteHeader = () => (
  <header className="site-header">
    <div className="site-header__brand">
      <SiteLink href={routes.home} className="brand">
        <span className="brand__publisher">{siteConfig.publisher}</span>
        <span className="brand__name">{siteConfig.sectionName}</span>
      </SiteLink>
    </div>
    <nav className="site-nav" aria-label="Mục chính">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <SiteLink href={section.href}>{section.label}</SiteLink>
          </li>
        ))}
        <FeedbackLinks placement="nav" />
      </ul>
    </nav>
  </header>
)
