import type { SearchForm } from '../_lib/procedureSearch.ts'

import { onlineLevelLabels, statusLabels } from '../_lib/labels.ts'
import { maxQueryLength, onlineLevelChoices, statusChoices } from '../_lib/procedureSearch.ts'
import { routes } from '../_lib/routes.ts'
import { SearchAsYouType } from './SearchAsYouType.tsx'

export const searchFormId = 'tim-thu-tuc'

/**
 * The procedure search: a plain GET form that works without JavaScript; where scripts run, the
 * results follow the typing (SearchAsYouType). `filters: false` gives the short form of the home page.
 */
export const ProcedureSearchForm = ({
  form,
  sectors = [],
  filters = true,
}: {
  form?: SearchForm
  sectors?: string[]
  filters?: boolean
}) => (
  <form id={searchFormId} className="search-form" role="search" action={routes.procedures} method="get" aria-label="Tìm thủ tục hành chính">
    <div className="field">
      <label htmlFor="q">Tên hoặc mã thủ tục</label>
      <p className="field__hint" id="q-hint">
        Gõ có dấu hoặc không dấu, ví dụ: dang ky khai sinh
      </p>
      <div className="search-form__row">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={form?.q ?? ''}
          maxLength={maxQueryLength}
          autoComplete="off"
          aria-describedby="q-hint"
          enterKeyHint="search"
        />
        <button type="submit" className="button">
          Tìm
        </button>
      </div>
    </div>
    {filters ? (
      // Folded away on a phone until asked for (open when a filter is in use); no script needed.
      <details className="search-form__more" open={Boolean(form?.sector || form?.onlineLevel || form?.status)}>
        <summary>Lọc theo lĩnh vực, mức độ trực tuyến, tình trạng</summary>
        <div className="search-form__filters">
          <div className="field">
            <label htmlFor="linh-vuc">Lĩnh vực</label>
            <select id="linh-vuc" name="linh-vuc" defaultValue={form?.sector ?? ''}>
              <option value="">Tất cả lĩnh vực</option>
              {sectors.map((sector) => (
                <option key={sector} value={sector}>
                  {sector}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="muc-do">Dịch vụ công trực tuyến</label>
            <select id="muc-do" name="muc-do" defaultValue={form?.onlineLevel ?? ''}>
              <option value="">Tất cả mức độ</option>
              {Object.entries(onlineLevelChoices).map(([param, level]) => (
                <option key={param} value={param}>
                  {onlineLevelLabels[level]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="tinh-trang">Tình trạng</label>
            <select id="tinh-trang" name="tinh-trang" defaultValue={form?.status ?? ''}>
              <option value="">Tất cả</option>
              {Object.entries(statusChoices).map(([param, status]) => (
                <option key={param} value={param}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Lọc
        </button>
      </details>
    ) : null}
    {filters ? <SearchAsYouType formId={searchFormId} /> : null}
  </form>
)
