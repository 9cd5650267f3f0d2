import { pageLinks } from '../_lib/pagination.ts'
import { withQuery } from '../_lib/routes.ts'
import { SiteLink } from './SiteLink.tsx'

/** Previous, numbered and next page links (`?trang=`), keeping the rest of the query. */
export const Pagination = ({
  path,
  query = {},
  page,
  totalPages,
}: {
  path: string
  query?: Record<string, string | number | null | undefined>
  page: number
  totalPages: number
}) => {
  if (totalPages <= 1) return null
  const href = (target: number) => withQuery(path, { ...query, trang: target })
  return (
    <nav className="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 ? (
          <li>
            <SiteLink href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </SiteLink>
          </li>
        ) : null}
        {pageLinks(page, totalPages).map((target, index) =>
          target === null ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={target}>
              {target === page ? (
                <span className="pagination__current" aria-current="page">
                  <span className="visually-hidden">Trang </span>
                  {target}
                </span>
              ) : (
                <SiteLink href={href(target)} aria-label={`Trang ${target}`}>
                  {target}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <SiteLink href={href(page + 1)} rel="next">
              Trang sau ›
            </SiteLink>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
