import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { SiteLink } from '../../../_components/SiteLink.tsx'
import { changesByDecision } from '../../../_lib/changesByDecision.ts'
import { kindChoices, readChangesFilter } from '../../../_lib/changesFilter.ts'
import { itemKindLabels, labelOf } from '../../../_lib/labels.ts'
import type { SearchParams } from '../../../_lib/procedureSearch.ts'
import { readProcedureChanges } from '../../../_lib/readProcedures.ts'
import { routes } from '../../../_lib/routes.ts'
import { dayInVietnam, formatDay } from '../../../_lib/vietnameseDates.ts'

export const metadata: Metadata = {
  title: 'Thủ tục hành chính mới, sửa đổi, bãi bỏ',
  description: 'Các thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế, bãi bỏ theo quyết định công bố.',
  alternates: { canonical: routes.procedureChanges },
}

/** What changed in the procedures, decision by decision, in the range asked (the last year by default). */
const ProcedureChangesPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const filter = readChangesFilter(await searchParams, dayInVietnam(new Date()))
  const result = await readProcedureChanges({
    from: filter.from,
    to: filter.to,
    ...(filter.kind ? { kind: kindChoices[filter.kind] } : {}),
  })
  const groups = changesByDecision(result.changes)
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          { label: 'Thủ tục hành chính', href: routes.procedures },
        ]}
      />
      <h1>Thủ tục hành chính mới, sửa đổi, bãi bỏ</h1>
      <form className="filter-form" action={routes.procedureChanges} method="get" aria-label="Chọn khoảng thời gian">
        <div className="field">
          <label htmlFor="tu-ngay">Có hiệu lực từ ngày</label>
          <input id="tu-ngay" name="tu-ngay" type="date" defaultValue={filter.from} />
        </div>
        <div className="field">
          <label htmlFor="den-ngay">Đến ngày</label>
          <input id="den-ngay" name="den-ngay" type="date" defaultValue={filter.to} />
        </div>
        <div className="field">
          <label htmlFor="loai">Loại thay đổi</label>
          <select id="loai" name="loai" defaultValue={filter.kind}>
            <option value="">Tất cả</option>
            {Object.entries(kindChoices).map(([param, kind]) => (
              <option key={param} value={param}>
                {itemKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Xem
        </button>
      </form>
      {filter.problem ? (
        <p className="notice notice--warning" role="note">
          {filter.problem}
        </p>
      ) : null}
      <p className="result-count" role="status">
        {result.totalChanges === 0
          ? `Không có thay đổi nào có hiệu lực từ ${formatDay(result.from)} đến ${formatDay(result.to)}.`
          : `${result.totalChanges} thay đổi có hiệu lực từ ${formatDay(result.from)} đến ${formatDay(result.to)}, theo ${groups.length} quyết định.`}
      </p>
      {groups.map((group) => (
        <section
          key={group.decision ? String(group.decision.id) : 'none'}
          className="decision"
          aria-labelledby={`decision-${group.decision?.id ?? 'none'}`}
        >
          <h2 id={`decision-${group.decision?.id ?? 'none'}`}>
            {group.decision
              ? `Quyết định số ${group.decision.number}${group.decision.signedAt ? ` ngày ${formatDay(group.decision.signedAt)}` : ''}`
              : 'Thay đổi khác'}
          </h2>
          {group.decision?.summary ? <p className="decision__summary">{group.decision.summary}</p> : null}
          <ul className="change-list">
            {group.changes.map((change, index) => (
              <li key={`${change.code}-${change.kind}-${index}`} className="change">
                <p className="change__head">
                  <span className={`kind-badge kind-badge--${change.kind}`}>{labelOf(itemKindLabels, change.kind)}</span>{' '}
                  <span className="change__date">từ {formatDay(change.effectiveDate)}</span>
                </p>
                <p className="change__name">
                  <SiteLink href={routes.procedure(change.code)}>{change.name}</SiteLink>{' '}
                  <span className="change__code">(mã {change.code})</span>
                </p>
                {change.changes ? <p>{change.changes}</p> : null}
                {change.relatedCode ? (
                  <p>
                    Thủ tục liên quan: <SiteLink href={routes.procedure(change.relatedCode)}>{change.relatedCode}</SiteLink>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

export default ProcedureChangesPage
