import type { Metadata } from 'next'

import { connection } from 'next/server'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { FeedbackForm } from '../../../_components/FeedbackForm.tsx'
import { routes } from '../../../_lib/routes.ts'

export const metadata: Metadata = { title: 'Gửi phản ánh, kiến nghị', alternates: { canonical: routes.feedbackSend } }

/** The feedback form, with its privacy notice; the answer comes back with a tracking code. */
const SendFeedbackPage = async () => {
  // Rendered per request, like every page of the site: its scripts carry the request's CSP nonce.
  await connection()
  return (
    <div className="page page--article">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          { label: 'Phản ánh, kiến nghị', href: routes.feedback },
        ]}
      />
      <h1>Gửi phản ánh, kiến nghị</h1>
      <p className="lead">
        Phản ánh về việc giải quyết thủ tục hành chính, kiến nghị về quy định, hoặc câu hỏi về thủ tục. Cần có tiêu đề, nội dung và số
        điện thoại hoặc thư điện tử để UBND xã trả lời bạn.
      </p>
      <FeedbackForm />
    </div>
  )
}

export default SendFeedbackPage
