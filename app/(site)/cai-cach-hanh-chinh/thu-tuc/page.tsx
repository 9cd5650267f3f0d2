import type { Metadata } from 'next'

import type { Paginated, ProcedureSummary } from '../../_lib/apiTypes.ts'

import { Breadcrumbs } from '../../_components/Breadcrumbs.tsx'
import { Pagination } from '../../_components/Pagination.tsx'
import { ProcedureListItem } from '../../_components/ProcedureListItem.tsx'
import { ProcedureSearchForm } from '../../_components/ProcedureSearchForm.tsx'
import { ApiError, vietnameseMessage } from '../../_lib/apiClient.ts'
import { minQueryLength, readSearchForm, type SearchParams, searchFormQuery, searchRequest } from '../../_lib/procedureSearch.ts'
import { readProcedureList, readSectors, searchProcedures } from '../../_lib/readProcedures.ts'
import { routes } from '../../_lib/routes.ts'

export const metadata: Metadata = {
  title: 'Tra cứu thủ tục hành chính',
  description: 'Tìm thủ tục hành chính theo tên hoặc mã, lĩnh vực, mức độ dịch vụ công trực tuyến.',
  alternates: { canonical: routes.procedures },
}

type Outcome = { found: Paginated<ProcedureSummary> } | { problem: string }

/**
 * The procedure search: by name or code (with or without diacritics), field, online level and
 * standing; every published procedure when nothing is asked. A GET form, so a search is a link.
 */
const ProcedureSearchPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const form = readSearchForm(await searchParams)
  const request = searchRequest(form)
  const [sectors, outcome] = await Promise.all([
    readSectors(),
    (async (): Promise<Outcome> => {
      if (request.kind === 'tooShort') return { problem: `Xin nhập ít nhất ${minQueryLength} ký tự để tìm.` }
      try {
        return { found: request.kind === 'list' ? await readProcedureList(request.page) : await searchProcedures(request.query) }
      } catch (error) {
        // The API names what it could not take; the reader gets its Vietnamese half, not an error page.
        if (error instanceof ApiError && error.status === 400)
          return { problem: vietnameseMessage(error.messages[0] ?? 'Yêu cầu tìm kiếm không hợp lệ.') }
        throw error
      }
    })(),
  ])
  const asked = request.kind !== 'list'
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>Tra cứu thủ tục hành chính</h1>
      <ProcedureSearchForm form={form} sectors={sectors} />
      <section className="results" aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          Kết quả
        </h2>
        <p className="result-count" role="status">
          {'problem' in outcome
            ? outcome.problem
            : outcome.found.totalDocs === 0
              ? asked
                ? 'Không tìm thấy thủ tục nào. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt điều kiện lọc.'
                : 'Chưa có thủ tục nào được công khai.'
              : `${asked ? 'Tìm thấy' : 'Có'} ${outcome.found.totalDocs} thủ tục${outcome.found.totalPages > 1 ? `, trang ${outcome.found.page}/${outcome.found.totalPages}` : ''}.`}
        </p>
        {'found' in outcome ? (
          <>
            <ol className="procedure-list">
              {outcome.found.docs.map((procedure) => (
                <li key={procedure.id}>
                  <ProcedureListItem procedure={procedure} />
                </li>
              ))}
            </ol>
            <Pagination
              path={routes.procedures}
              query={searchFormQuery(form)}
              page={outcome.found.page}
              totalPages={outcome.found.totalPages}
            />
          </>
        ) : null}
      </section>
    </div>
  )
}

export default ProcedureSearchPage
