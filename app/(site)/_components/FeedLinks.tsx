/**
 * Slot for the column's RSS and Atom feeds and the sitemap, which land with the public delivery
 * issue; the links (and `<link rel="alternate">` in the layout's metadata) go here then.
 * Renders nothing until then.
 */
export const FeedLinks = () => null
