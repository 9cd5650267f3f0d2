import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { Announcement, Media, Post, ProcedureSummary } from '../../../_lib/apiTypes.ts'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { FileLink } from '../../../_components/FileLink.tsx'
import { MultilineText } from '../../../_components/MultilineText.tsx'
import { RatingWidget } from '../../../_components/RatingWidget.tsx'
import { PostCard } from '../../../_components/PostCard.tsx'
import { SiteLink } from '../../../_components/SiteLink.tsx'
import { channelLabels, itemKindLabels, labelOf, levelLabels, onlineLevelLabels, statusLabels } from '../../../_lib/labels.ts'
import { readProcedure } from '../../../_lib/readProcedures.ts'
import { routes } from '../../../_lib/routes.ts'
import { formatDay } from '../../../_lib/vietnameseDates.ts'

type Props = { params: Promise<{ code: string }> }

const procedureByCode = cache(readProcedure)
const populated = <T,>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const procedure = await procedureByCode(decodeURIComponent((await params).code))
  if (!procedure) return {}
  const description = [`Mã ${procedure.code}`, procedure.sector, labelOf(onlineLevelLabels, procedure.onlineLevel ?? 'none')]
    .filter(Boolean)
    .join(' · ')
  return {
    title: procedure.name,
    description,
    alternates: { canonical: routes.procedure(procedure.code) },
    openGraph: { url: routes.procedure(procedure.code), title: procedure.name, description },
  }
}

/** How many originals and copies of a document the dossier takes ("1 bản chính, 2 bản sao"). */
const copies = ({ originals, copies }: { originals?: number | null; copies?: number | null }) =>
  [originals ? `${originals} bản chính` : '', copies ? `${copies} bản sao` : ''].filter(Boolean).join(', ')

/** A fact of the procedure, left out when the decision gave none. */
const Fact = ({ term, children }: { term: string; children: React.ReactNode }) =>
  children ? (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  ) : null

/**
 * A procedure as it stands: how, where and how long, what it costs, the dossier, the conditions,
 * the legal basis, the link to file it online, the decisions that made it what it is, and the
 * column's posts that explain it.
 */
const ProcedurePage = async ({ params }: Props) => {
  const procedure = await procedureByCode(decodeURIComponent((await params).code))
  if (!procedure) notFound()
  const replacement = populated<ProcedureSummary>(procedure.replacedBy)
  const posts = (procedure.relatedPosts?.docs ?? []).map((post) => populated<Post>(post)).filter((post): post is Post => post !== null)
  const history = [...(procedure.history ?? [])].sort((a, b) => String(b.effectiveDate ?? '').localeCompare(String(a.effectiveDate ?? '')))
  const channels = procedure.channels ?? []
  const dossier = procedure.dossier ?? []
  const legalBasis = procedure.legalBasis ?? []

  return (
    <div className="page page--article">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          { label: 'Thủ tục hành chính', href: routes.procedures },
        ]}
      />
      <article className="procedure">
        <header>
          <h1>{procedure.name}</h1>
          <p className="procedure__code">
            Mã thủ tục: <strong>{procedure.code}</strong>
            {procedure.fullCode ? ` (${procedure.fullCode})` : null}
          </p>
          {procedure.status === 'repealed' ? (
            <div className="notice notice--warning" role="note">
              <p>
                <strong>Thủ tục này đã bị bãi bỏ.</strong>{' '}
                {replacement ? (
                  <>
                    Thay bằng thủ tục <SiteLink href={routes.procedure(replacement.code)}>{replacement.name}</SiteLink>.
                  </>
                ) : null}
              </p>
            </div>
          ) : (
            <p>
              <span className={`status-badge status-badge--${procedure.status ?? 'active'}`}>
                {labelOf(statusLabels, procedure.status ?? 'active')}
              </span>
            </p>
          )}
        </header>

        {procedure.portalUrl && procedure.status !== 'repealed' ? (
          <p className="procedure__file-online">
            <a className="button button--primary" href={procedure.portalUrl} rel="noopener noreferrer">
              Nộp hồ sơ trực tuyến
            </a>
            <span className="procedure__file-online-note">Mở Cổng Dịch vụ công (trang ngoài)</span>
          </p>
        ) : null}

        <dl className="facts">
          <Fact term="Lĩnh vực">{procedure.sector}</Fact>
          <Fact term="Cấp thực hiện">{labelOf(levelLabels, procedure.level)}</Fact>
          <Fact term="Cơ quan thực hiện">{procedure.agency}</Fact>
          <Fact term="Dịch vụ công trực tuyến">
            {labelOf(onlineLevelLabels, procedure.onlineLevel ?? 'none')}
            {procedure.onlineLevel === 'mot_phan' && procedure.partialReason ? (
              <span className="facts__note"> Lý do chỉ trực tuyến một phần: {procedure.partialReason}</span>
            ) : null}
          </Fact>
          <Fact term="Đối tượng thực hiện">{procedure.applicants}</Fact>
          <Fact term="Kết quả">{procedure.result}</Fact>
        </dl>

        {channels.length > 0 ? (
          <section aria-labelledby="channels">
            <h2 id="channels">Cách thức thực hiện, thời hạn và phí</h2>
            <div className="table-scroll" role="region" aria-labelledby="channels" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Hình thức nộp</th>
                    <th scope="col">Thời hạn giải quyết</th>
                    <th scope="col">Phí, lệ phí</th>
                  </tr>
                </thead>
                <tbody>
                  {channels.map((channel, index) => (
                    <tr key={channel.id ?? index}>
                      <th scope="row">{labelOf(channelLabels, channel.kind)}</th>
                      <td>{channel.processingTime || 'Chưa công bố'}</td>
                      <td>{channel.fees || 'Chưa công bố'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}

        {procedure.steps ? (
          <section aria-labelledby="steps">
            <h2 id="steps">Trình tự thực hiện</h2>
            <MultilineText text={procedure.steps} />
          </section>
        ) : null}

        {dossier.length > 0 ? (
          <section aria-labelledby="dossier">
            <h2 id="dossier">Thành phần hồ sơ</h2>
            <ol className="dossier">
              {dossier.map((document, index) => {
                const form = populated<Media>(document.form)
                return (
                  <li key={document.id ?? index}>
                    <span className="dossier__name">{document.name}</span>
                    {copies(document) ? <span className="dossier__copies"> ({copies(document)})</span> : null}
                    {form ? (
                      <>
                        {' '}
                        <FileLink media={form} label="Tải mẫu" />
                      </>
                    ) : null}
                  </li>
                )
              })}
            </ol>
          </section>
        ) : null}

        {procedure.requirements ? (
          <section aria-labelledby="requirements">
            <h2 id="requirements">Yêu cầu, điều kiện</h2>
            <MultilineText text={procedure.requirements} />
          </section>
        ) : null}

        {legalBasis.length > 0 ? (
          <section aria-labelledby="legal-basis">
            <h2 id="legal-basis">Căn cứ pháp lý</h2>
            <ul className="legal-basis">
              {legalBasis.map((document, index) => (
                <li key={document.id ?? index}>
                  <strong>{document.number}</strong>
                  {document.date ? ` ngày ${formatDay(document.date)}` : null}
                  {document.issuer ? ` của ${document.issuer}` : null}
                  {document.title ? <>: {document.title}</> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {history.length > 0 ? (
          <section aria-labelledby="history">
            <h2 id="history">Quá trình công bố</h2>
            <ul className="history">
              {history.map((row, index) => {
                const decision = populated<Announcement>(row.announcement)
                const pdf = populated<Media>(decision?.signedPdf)
                return (
                  <li key={row.id ?? index}>
                    <p className="history__head">
                      <span className={`kind-badge kind-badge--${row.kind}`}>{labelOf(itemKindLabels, row.kind)}</span>
                      {row.effectiveDate ? <> có hiệu lực từ {formatDay(row.effectiveDate)}</> : null}
                    </p>
                    {decision ? (
                      <p>
                        Quyết định số {decision.number}
                        {decision.signedAt ? ` ngày ${formatDay(decision.signedAt)}` : null}
                        {decision.summary ? `: ${decision.summary}` : null}
                        {pdf ? (
                          <>
                            {' '}
                            <FileLink media={pdf} label="Tải quyết định" />
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    {row.changes ? <p>Nội dung: {row.changes}</p> : null}
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}

        {posts.length > 0 ? (
          <section aria-labelledby="related-posts" className="related">
            <h2 id="related-posts">Bài viết hướng dẫn</h2>
            <div className="card-grid">
              {posts.map((post) => (
                <PostCard key={post.id} post={post} compact />
              ))}
            </div>
          </section>
        ) : null}

        {procedure.status === 'repealed' ? null : <RatingWidget target={{ kind: 'procedure', id: procedure.id }} title={procedure.name} />}
      </article>
    </div>
  )
}

export default ProcedurePage
