/**
 * Plain links that share a page: no third-party script runs on the site, and nothing is sent to
 * a social network until the reader follows one.
 */
export const shareLinks = (url: string, title: string) => [
  { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}` },
  { name: 'X', href: `https://x.com/intent/post?${new URLSearchParams({ url, text: title })}` },
  { name: 'Thư điện tử', href: `mailto:?${new URLSearchParams({ subject: title, body: url }).toString().replace(/\+/g, '%20')}` },
]
