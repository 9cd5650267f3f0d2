import type { Metadata } from 'next'

import type { Paginated } from '../../_lib/apiTypes.ts'

import { Breadcrumbs } from '../../_components/Breadcrumbs.tsx'
import { MultilineText } from '../../_components/MultilineText.tsx'
import { Pagination } from '../../_components/Pagination.tsx'
import { SiteLink } from '../../_components/SiteLink.tsx'
import { readApi } from '../../_lib/apiClient.ts'
import { apiPaths } from '../../_lib/apiPaths.ts'
import { feedbackCategoryLabel } from '../../_lib/feedbackForm.ts'
import { parsePage } from '../../_lib/pagination.ts'
import { routes } from '../../_lib/routes.ts'
import { formatDay } from '../../_lib/vietnameseDates.ts'

export const metadata: Metadata = { title: 'Phản ánh, kiến nghị', alternates: { canonical: routes.feedback } }

type Answered = { id: number | string; trackingCode?: string | null; category?: string | null; publicQuestion?: string | null; answer?: string | null; publishedAt?: string | null }

type Props = { searchParams: Promise<{ trang?: string | string[] }> }

const perPage = 10

/** The way in to feedback, and the answers the commune has published (the question without anything personal). */
const FeedbackPage = async ({ searchParams }: Props) => {
  const page = parsePage((await searchParams).trang)
  // The public reads published answers only; the citizen's own words and contact never arrive.
  const answered = await readApi<Paginated<Answered>>(apiPaths.feedback, {
    where: { state: { equals: 'published' } },
    sort: '-publishedAt',
    limit: perPage,
    page,
    depth: 0,
    select: { trackingCode: true, category: true, publicQuestion: true, answer: true, publishedAt: true },
  })
  return (
    <div className="page page--article">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>Phản ánh, kiến nghị</h1>
      <p className="lead">
        Người dân, doanh nghiệp gửi phản ánh, kiến nghị về quy định và việc giải quyết thủ tục hành chính, hoặc hỏi về thủ tục; UBND xã
        trả lời trong thời hạn quy định.
      </p>
      <p className="button-row">
        <SiteLink className="button button--primary" href={routes.feedbackSend}>
          Gửi phản ánh, kiến nghị
        </SiteLink>
        <SiteLink className="button" href={routes.feedbackTrack()}>
          Tra cứu bằng mã
        </SiteLink>
      </p>

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Các câu trả lời đã công khai</h2>
        {answered.docs.length === 0 ? <p>Chưa có câu trả lời nào được công khai.</p> : null}
        <ol className="answers">
          {answered.docs.map((item) => (
            <li key={item.id} className="answer">
              <p className="answer__meta">
                {feedbackCategoryLabel(item.category)}
                {item.publishedAt ? ` · trả lời ngày ${formatDay(item.publishedAt)}` : null}
                {item.trackingCode ? ` · mã ${item.trackingCode}` : null}
              </p>
              <h3 className="answer__question">{item.publicQuestion}</h3>
              <div className="answer__text">
                <MultilineText text={item.answer} />
              </div>
            </li>
          ))}
        </ol>
        <Pagination path={routes.feedback} page={answered.page} totalPages={answered.totalPages} />
      </section>
    </div>
  )
}

export default FeedbackPage
