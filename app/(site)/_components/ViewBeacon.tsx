'use client'

import { useEffect } from 'react'

import type { Id } from '../_lib/apiTypes.ts'

import { countPostView } from '../_lib/actions.ts'

/**
 * Counts one view of a post once the page is shown in a browser that runs scripts: robots and
 * link previews that only fetch the HTML are not counted (the API also refuses known robots and
 * counts a visitor once a day). Renders nothing.
 */
export const ViewBeacon = ({ postId }: { postId: Id }) => {
  useEffect(() => {
    countPostView(postId).catch(() => undefined)
  }, [postId])
  return null
}
