import { notFound } from 'next/navigation'

/**
 * Every address no other route answers gets the site's Vietnamese 404 (with several root layouts
 * Next.js has no app-wide not-found page of its own); /admin and /api keep theirs.
 */
const Unmatched = () => notFound()

export default Unmatched
