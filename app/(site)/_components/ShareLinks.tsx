import { shareLinks } from '../_lib/shareLinks.ts'

/** Plain share links: no network's script is loaded, nothing is sent until the reader taps one. */
export const ShareLinks = ({ url, title }: { url: string; title: string }) => (
  <section className="share" aria-labelledby="share-heading">
    <h2 id="share-heading" className="share__heading">
      Chia sẻ bài viết
    </h2>
    <ul>
      {shareLinks(url, title).map((link) => (
        <li key={link.name}>
          <a href={link.href} rel="noopener noreferrer" target={link.href.startsWith('mailto:') ? undefined : '_blank'}>
            {link.name}
            {link.href.startsWith('mailto:') ? null : <span className="visually-hidden"> (mở trang mới)</span>}
          </a>
        </li>
      ))}
    </ul>
  </section>
)
