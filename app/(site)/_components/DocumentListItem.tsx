import type { DocumentEntry, Media } from '../_lib/apiTypes.ts'

import { documentTitle } from '../_lib/documentSearch.ts'
import { routes } from '../_lib/routes.ts'
import { formatDay } from '../_lib/vietnameseDates.ts'
import { FileLink } from './FileLink.tsx'
import { SiteLink } from './SiteLink.tsx'

/**
 * One document in a list: its kind and number (a link to its page; a procedure announcement
 * decision, which has no page of its own, to the recent changes), date, issuer, summary, PDF.
 */
export const DocumentListItem = ({ entry, pdf }: { entry: DocumentEntry; pdf?: Media | null }) => {
  const href = entry.source === 'cchc-documents' ? routes.document(entry.id) : routes.procedureChanges
  return (
    <li className="document-item">
      <p className="document-item__title">
        <SiteLink className="document-item__link" href={href}>
          {documentTitle(entry)}
        </SiteLink>
      </p>
      <p className="document-item__meta">
        {[entry.issuedAt ? `Ngày ban hành ${formatDay(entry.issuedAt)}` : null, entry.issuer].filter(Boolean).join(' · ')}
      </p>
      <p className="document-item__summary">{entry.summary}</p>
      {pdf ? (
        <p>
          <FileLink media={pdf} label={`Tải văn bản ${entry.number ?? ''}`.trim()} />
        </p>
      ) : null}
    </li>
  )
}
