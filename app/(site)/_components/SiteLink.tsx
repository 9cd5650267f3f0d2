import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * A link within the site. Nothing is fetched before the reader follows it: prefetching every link
 * in view costs a phone on a slow connection data it may never use.
 */
export const SiteLink = (props: Omit<ComponentProps<typeof Link>, 'prefetch'>) => <Link prefetch={false} {...props} />
