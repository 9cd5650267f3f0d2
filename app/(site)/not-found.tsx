import type { Metadata } from 'next'

import { ProcedureSearchForm } from './_components/ProcedureSearchForm.tsx'
import { SiteLink } from './_components/SiteLink.tsx'
import { routes } from './_lib/routes.ts'

export const metadata: Metadata = { title: 'Không tìm thấy trang' }

/** The site's 404, in Vietnamese, with ways on: the section's home and the procedure search. */
const NotFound = () => (
  <div className="page page--narrow">
    <h1>Không tìm thấy trang</h1>
    <p>Trang bạn tìm không có hoặc đã được gỡ xuống. Có thể đường dẫn bị gõ sai, hoặc bài viết không còn được công khai.</p>
    <ul className="link-list">
      <li>
        <SiteLink href={routes.home}>Về trang chủ chuyên mục Cải cách hành chính</SiteLink>
      </li>
      <li>
        <SiteLink href={routes.procedures}>Tra cứu thủ tục hành chính</SiteLink>
      </li>
    </ul>
    <h2>Tìm thủ tục hành chính</h2>
    <ProcedureSearchForm filters={false} />
  </div>
)

export default NotFound
