import type { Metadata } from 'next'

import { Breadcrumbs } from '../../_components/Breadcrumbs.tsx'
import { DocumentListItem } from '../../_components/DocumentListItem.tsx'
import { Pagination } from '../../_components/Pagination.tsx'
import { apiBaseUrl } from '../../_lib/siteConfig.ts'
import { apiPaths } from '../../_lib/apiPaths.ts'
import { documentFormQuery, documentKindChoices, documentSearchQuery, documentYears, readDocumentForm } from '../../_lib/documentSearch.ts'
import { readFiles, searchDocuments } from '../../_lib/readDocuments.ts'
import { routes } from '../../_lib/routes.ts'
import { dayInVietnam } from '../../_lib/vietnameseDates.ts'
import { formatCount } from '../../_lib/vietnameseNumbers.ts'

export const metadata: Metadata = { title: 'Văn bản chỉ đạo, điều hành', alternates: { canonical: routes.documents } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The column's documents (plans, decisions, dispatches…) and the procedure announcement decisions
 * in one list, newest first: search by number however it is typed ("42 kh ubnd") or by words of
 * the summary, by kind and year. A plain GET form: it works without JavaScript.
 */
const DocumentsPage = async ({ searchParams }: Props) => {
  const form = readDocumentForm(await searchParams)
  const result = await searchDocuments(documentSearchQuery(form))
  const files = await readFiles(result.docs.flatMap((entry) => (entry.signedPdf ? [entry.signedPdf] : []))).catch(() => new Map())
  const thisYear = Number(dayInVietnam(new Date()).slice(0, 4))
  const filtered = Boolean(form.q || form.kind || form.year)
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>Văn bản chỉ đạo, điều hành</h1>
      <form method="get" action={routes.documents} className="search-form document-search" role="search" aria-label="Tìm văn bản">
        <div className="field">
          <label className="field__label" htmlFor="q">
            Số, ký hiệu hoặc trích yếu
          </label>
          <input id="q" name="q" type="search" defaultValue={form.q} placeholder="Ví dụ: 42/KH-UBND, kế hoạch cải cách" />
        </div>
        <div className="search-form__filters">
          <div className="field">
            <label className="field__label" htmlFor="loai">
              Loại văn bản
            </label>
            <select id="loai" name="loai" defaultValue={form.kind}>
              <option value="">Tất cả</option>
              {documentKindChoices.map((choice) => (
                <option key={choice.slug} value={choice.slug}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="nam">
              Năm ban hành
            </label>
            <select id="nam" name="nam" defaultValue={form.year ? String(form.year) : ''}>
              <option value="">Tất cả</option>
              {documentYears(thisYear).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button--primary">
          Tìm văn bản
        </button>
      </form>

      <p className="result-count" role="status">
        {filtered ? `Tìm thấy ${formatCount(result.totalDocs)} văn bản.` : `Có ${formatCount(result.totalDocs)} văn bản.`}
      </p>
      {result.docs.length > 0 ? (
        <ol className="document-list">
          {result.docs.map((entry) => (
            <DocumentListItem key={`${entry.source}-${entry.id}`} entry={entry} pdf={entry.signedPdf ? files.get(String(entry.signedPdf)) : null} />
          ))}
        </ol>
      ) : (
        <p>Không có văn bản nào phù hợp.</p>
      )}
      <Pagination path={routes.documents} query={documentFormQuery(form)} page={result.page} totalPages={result.totalPages} />
      <p className="feed-links-inline">
        Theo dõi văn bản mới: <a href={`${apiBaseUrl()}${apiPaths.feed('documents', 'xml')}`}>RSS</a>,{' '}
        <a href={`${apiBaseUrl()}${apiPaths.feed('documents', 'atom')}`}>Atom</a>,{' '}
        <a href={`${apiBaseUrl()}${apiPaths.feed('documents', 'json')}`}>JSON Feed</a>
      </p>
    </div>
  )
}

export default DocumentsPage
