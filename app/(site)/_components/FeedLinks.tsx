import { apiPaths } from '../_lib/apiPaths.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'

const feeds = [
  { name: 'posts', label: 'Tin bài' },
  { name: 'procedures', label: 'Thủ tục mới, sửa đổi' },
  { name: 'documents', label: 'Văn bản' },
] as const

/** The column's feeds (RSS, Atom, JSON Feed) and the sitemap, served by the API. */
export const FeedLinks = () => {
  const api = apiBaseUrl()
  return (
    <nav className="feed-links" aria-label="Theo dõi tin mới">
      <ul>
        {feeds.map((feed) => (
          <li key={feed.name}>
            {feed.label}: <a href={`${api}${apiPaths.feed(feed.name, 'xml')}`}>RSS<span className="visually-hidden"> {feed.label}</span></a>
            {' · '}
            <a href={`${api}${apiPaths.feed(feed.name, 'atom')}`}>Atom<span className="visually-hidden"> {feed.label}</span></a>
            {' · '}
            <a href={`${api}${apiPaths.feed(feed.name, 'json')}`}>JSON<span className="visually-hidden"> {feed.label}</span></a>
          </li>
        ))}
        <li>
          <a href={`${api}${apiPaths.sitemap}`}>Sơ đồ trang (sitemap)</a>
        </li>
      </ul>
    </nav>
  )
}
