import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { DocumentEntry, Media, Post, ProcedureSummary } from '../../../_lib/apiTypes.ts'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { FileLink } from '../../../_components/FileLink.tsx'
import { ProcedureListItem } from '../../../_components/ProcedureListItem.tsx'
import { SiteLink } from '../../../_components/SiteLink.tsx'
import { documentKindLabel, documentTitle } from '../../../_lib/documentSearch.ts'
import { readDocument, readDocumentChain } from '../../../_lib/readDocuments.ts'
import { routes } from '../../../_lib/routes.ts'
import { formatDay } from '../../../_lib/vietnameseDates.ts'

type Props = { params: Promise<{ id: string }> }

const documentById = cache(readDocument)

const populated = <T,>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const document = await documentById((await params).id)
  if (!document) return {}
  return {
    title: documentTitle(document),
    description: document.summary,
    alternates: { canonical: routes.document(document.id) },
  }
}

/** A document the chain names: a link to its page (a decision: to the recent changes), with its date and summary. */
const ChainEntry = ({ entry }: { entry: DocumentEntry }) => (
  <>
    <SiteLink href={entry.source === 'cchc-documents' ? routes.document(entry.id) : routes.procedureChanges}>{documentTitle(entry)}</SiteLink>
    {entry.issuedAt ? ` ngày ${formatDay(entry.issuedAt)}` : null}
    {entry.issuer ? ` của ${entry.issuer}` : null}
    {entry.summary ? <>: {entry.summary}</> : null}
  </>
)

/**
 * A published document: number, kind, issuer, signer, dates, summary, the signed PDF and the
 * attachments; its "căn cứ" chain both ways (what it is based on, what is based on it); the posts
 * and procedures it concerns.
 */
const DocumentPage = async ({ params }: Props) => {
  const { id } = await params
  const document = await documentById(id)
  if (!document) notFound()
  const chain = await readDocumentChain(document.id).catch(() => null)
  const pdf = populated<Media>(document.signedPdf)
  const attachments = (document.attachments ?? []).map((file) => populated<Media>(file)).filter((file): file is Media => file !== null)
  const posts = (document.relatedPosts ?? []).map((post) => populated<Post>(post)).filter((post): post is Post => post !== null && Boolean(post.slug))
  const procedures = (document.relatedProcedures ?? [])
    .map((procedure) => populated<ProcedureSummary>(procedure))
    .filter((procedure): procedure is ProcedureSummary => procedure !== null)

  return (
    <div className="page page--article">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          { label: 'Văn bản', href: routes.documents },
        ]}
      />
      <article className="document">
        <header>
          <p className="post__meta">{documentKindLabel(document.kind)}</p>
          <h1>{documentTitle(document)}</h1>
          <p className="lead">{document.summary}</p>
        </header>
        <dl className="facts">
          {document.issuerName ? (
            <div className="facts__item">
              <dt>Cơ quan ban hành</dt>
              <dd>{document.issuerName}</dd>
            </div>
          ) : null}
          {document.issuedAt ? (
            <div className="facts__item">
              <dt>Ngày ban hành</dt>
              <dd>{formatDay(document.issuedAt)}</dd>
            </div>
          ) : null}
          {document.effectiveDate ? (
            <div className="facts__item">
              <dt>Ngày hiệu lực</dt>
              <dd>{formatDay(document.effectiveDate)}</dd>
            </div>
          ) : null}
          {document.signer ? (
            <div className="facts__item">
              <dt>Người ký</dt>
              <dd>{document.signer}</dd>
            </div>
          ) : null}
        </dl>
        {pdf || attachments.length > 0 ? (
          <section aria-labelledby="files-heading">
            <h2 id="files-heading">Toàn văn</h2>
            <ul className="link-list">
              {pdf ? (
                <li>
                  <FileLink media={pdf} label={`Văn bản ${document.number ?? ''} (bản ký số)`.replace('  ', ' ')} />
                </li>
              ) : null}
              {attachments.map((file) => (
                <li key={file.id}>
                  <FileLink media={file} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {chain && chain.basedOn.length > 0 ? (
          <section aria-labelledby="based-on-heading">
            <h2 id="based-on-heading">Căn cứ</h2>
            <ul className="chain">
              {chain.basedOn.map((row, index) => (
                <li key={`${row.number}-${index}`}>
                  {row.document ? (
                    <ChainEntry entry={row.document} />
                  ) : (
                    <>
                      <strong>{row.number}</strong>
                      {row.title ? <>: {row.title}</> : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {chain && chain.basisOf.length > 0 ? (
          <section aria-labelledby="basis-of-heading">
            <h2 id="basis-of-heading">Văn bản căn cứ vào văn bản này</h2>
            <ul className="chain">
              {chain.basisOf.map((entry) => (
                <li key={`${entry.source}-${entry.id}`}>
                  <ChainEntry entry={entry} />
                </li>
              ))}
            </ul>
            {chain.totalBasisOf > chain.basisOf.length ? <p>Và {chain.totalBasisOf - chain.basisOf.length} văn bản khác.</p> : null}
          </section>
        ) : null}

        {procedures.length > 0 ? (
          <section className="related" aria-labelledby="document-procedures">
            <h2 id="document-procedures">Thủ tục hành chính liên quan</h2>
            {procedures.map((procedure) => (
              <ProcedureListItem key={procedure.id} procedure={procedure} />
            ))}
          </section>
        ) : null}
        {posts.length > 0 ? (
          <section className="related" aria-labelledby="document-posts">
            <h2 id="document-posts">Bài viết liên quan</h2>
            <ul className="link-list">
              {posts.map((post) => (
                <li key={post.id}>
                  <SiteLink href={routes.post(post.slug)}>{post.title}</SiteLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </div>
  )
}

export default DocumentPage
