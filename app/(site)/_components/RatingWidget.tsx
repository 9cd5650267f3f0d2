import type { Id } from '../_lib/apiTypes.ts'

/**
 * Slot for the satisfaction rating of a post (Nghị định 224/2026/NĐ-CP Điều 10.3), which the
 * citizens' voice issue adds to the API (`POST /api/cchc-posts/:id/…`, path to go in apiPaths).
 * It renders nothing until then: the page shows no control that does not work.
 */
export const RatingWidget = (_props: { postId: Id; title: string }) => null
