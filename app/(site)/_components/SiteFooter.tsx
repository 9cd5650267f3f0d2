import { siteConfig } from '../_lib/siteConfig.ts'
import { FeedLinks } from './FeedLinks.tsx'

export const SiteFooter = () => (
  <footer className="site-footer">
    <p className="site-footer__publisher">
      {siteConfig.publisher}, {siteConfig.publisherDetail}
    </p>
    <p>
      Chuyên mục {siteConfig.sectionName} do {siteConfig.editorialUnit} thực hiện.
    </p>
    <FeedLinks />
  </footer>
)
