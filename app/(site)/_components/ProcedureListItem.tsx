import type { ProcedureSummary } from '../_lib/apiTypes.ts'

import { labelOf, onlineLevelLabels, statusLabels } from '../_lib/labels.ts'
import { routes } from '../_lib/routes.ts'
import { SiteLink } from './SiteLink.tsx'

/** A procedure in a list: its name (the link), code, field, online level and standing. */
export const ProcedureListItem = ({ procedure, heading: Heading = 'h3' }: { procedure: ProcedureSummary; heading?: 'h2' | 'h3' }) => (
  <article className="procedure-item">
    <Heading className="procedure-item__name">
      <SiteLink href={routes.procedure(procedure.code)} className="procedure-item__link">
        {procedure.name}
      </SiteLink>
    </Heading>
    <p className="procedure-item__facts">
      <span>Mã {procedure.code}</span>
      {procedure.sector ? <span>{procedure.sector}</span> : null}
      <span className={`level-badge level-badge--${procedure.onlineLevel ?? 'none'}`}>
        {labelOf(onlineLevelLabels, procedure.onlineLevel ?? 'none')}
      </span>
      {procedure.status && procedure.status !== 'active' ? (
        <span className={`status-badge status-badge--${procedure.status}`}>{labelOf(statusLabels, procedure.status)}</span>
      ) : null}
    </p>
  </article>
)
