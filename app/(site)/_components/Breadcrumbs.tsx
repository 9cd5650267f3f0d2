import { SiteLink } from './SiteLink.tsx'

/** The sections above the page, each a link (the page's own title is its h1, not repeated here). */
export const Breadcrumbs = ({ trail }: { trail: { label: string; href: string }[] }) => (
  <nav className="breadcrumbs" aria-label="Vị trí trang">
    <ol>
      {trail.map((crumb) => (
        <li key={crumb.href}>
          <SiteLink href={crumb.href}>{crumb.label}</SiteLink>
        </li>
      ))}
    </ol>
  </nav>
)
