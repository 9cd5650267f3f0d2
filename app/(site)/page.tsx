import { redirect } from 'next/navigation'

import { routes } from './_lib/routes.ts'

/**
 * The host app has no portal home of its own: `/` leads to the section. A portal that mounts these
 * pages keeps its own home page (the section lives under one path, as on a commune's portal).
 */
const Root = () => redirect(routes.home)

export default Root
