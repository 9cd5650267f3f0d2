import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { MultilineText } from '../../../_components/MultilineText.tsx'
import { ApiError, readApi } from '../../../_lib/apiClient.ts'
import { apiPaths } from '../../../_lib/apiPaths.ts'
import { readTrackingCode } from '../../../_lib/feedbackForm.ts'
import { routes } from '../../../_lib/routes.ts'
import { formatDay } from '../../../_lib/vietnameseDates.ts'

export const metadata: Metadata = { title: 'Tra cứu phản ánh, kiến nghị', robots: { index: false } }

type Tracked = {
  trackingCode: string
  categoryLabel: string | null
  status: 'received' | 'in_progress' | 'answered' | 'closed'
  statusLabel: string
  receivedAt: string | null
  dueDate: string | null
  overdue: boolean
  question: string | null
  answer: string | null
  answeredAt: string | null
}

type Props = { searchParams: Promise<{ ma?: string | string[] }> }

/** What the API says of a code: the feedback's status, a 404 or its 400 in words. */
const track = async (code: string): Promise<{ found: Tracked } | { problem: string }> => {
  try {
    return { found: await readApi<Tracked>(apiPaths.feedbackTrack(code)) }
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { problem: `Không tìm thấy phản ánh, kiến nghị có mã ${code}. Xin kiểm tra lại mã.` }
    if (error instanceof ApiError && error.status === 400) return { problem: 'Mã tra cứu không đúng dạng. Mã có dạng PA-2026-000123.' }
    return { problem: 'Chưa tra cứu được. Xin vui lòng thử lại sau.' }
  }
}

/** The tracking-code lookup: a plain GET form, then the status and, once published, the answer. */
const TrackFeedbackPage = async ({ searchParams }: Props) => {
  const raw = (await searchParams).ma
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const code = readTrackingCode(raw)
  const result = code ? await track(code) : typed ? { problem: 'Mã tra cứu không đúng dạng. Mã có dạng PA-2026-000123.' } : null
  return (
    <div className="page page--article">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          { label: 'Phản ánh, kiến nghị', href: routes.feedback },
        ]}
      />
      <h1>Tra cứu phản ánh, kiến nghị</h1>
      <form method="get" action={routes.feedbackTrack()} className="track-form" role="search" aria-label="Tra cứu bằng mã">
        <div className="field">
          <label className="field__label" htmlFor="ma">
            Mã tra cứu
          </label>
          <p className="field__hint" id="goi-y-ma">
            Mã nhận được khi gửi, dạng PA-2026-000123.
          </p>
          <input id="ma" name="ma" type="text" defaultValue={typed} aria-describedby="goi-y-ma" autoCapitalize="characters" />
        </div>
        <button type="submit" className="button button--primary">
          Tra cứu
        </button>
      </form>

      {result && 'problem' in result ? (
        <p className="notice notice--error" role="alert">
          {result.problem}
        </p>
      ) : null}
      {result && 'found' in result ? (
        <section className="tracked" aria-labelledby="tracked-heading">
          <h2 id="tracked-heading">Phản ánh, kiến nghị {result.found.trackingCode}</h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>Loại</dt>
              <dd>{result.found.categoryLabel ?? 'Phản ánh, kiến nghị'}</dd>
            </div>
            <div className="facts__item">
              <dt>Tình trạng</dt>
              <dd>
                <strong className="tracked__status">{result.found.statusLabel}</strong>
                {result.found.overdue ? ' (đã quá hạn trả lời)' : null}
              </dd>
            </div>
            <div className="facts__item">
              <dt>Ngày tiếp nhận</dt>
              <dd>{formatDay(result.found.receivedAt)}</dd>
            </div>
            {result.found.dueDate && result.found.status !== 'answered' && result.found.status !== 'closed' ? (
              <div className="facts__item">
                <dt>Hạn trả lời</dt>
                <dd>{formatDay(result.found.dueDate)}</dd>
              </div>
            ) : null}
            {result.found.answeredAt ? (
              <div className="facts__item">
                <dt>Ngày trả lời</dt>
                <dd>{formatDay(result.found.answeredAt)}</dd>
              </div>
            ) : null}
          </dl>
          {result.found.question ? (
            <>
              <h3>Câu hỏi (đã công khai)</h3>
              <MultilineText text={result.found.question} />
            </>
          ) : null}
          {result.found.answer ? (
            <>
              <h3>Trả lời</h3>
              <MultilineText text={result.found.answer} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}

export default TrackFeedbackPage
