'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import { t } from '../translations/translate.ts'

type RowError = { row: number; column?: string; message: string }

/** A panel on the decision's edit view: upload the annex CSV and see every error by row and column. */
export const AnnexImport: React.FC = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [mode, setMode] = useState<'append' | 'replace'>('replace')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<RowError[]>([])

  if (!id) return <p className="field-description">{t(i18n, 'annexImportSaveFirst')}</p>
  if ((data as { _status?: string } | undefined)?._status === 'published') return <p className="field-description">{t(i18n, 'annexImportPublished')}</p>

  const upload = async () => {
    if (!file) return
    setBusy(true)
    setErrors([])
    setMessage(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/import?mode=${mode}`, {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      // Imported: `{ message }`; refused: Payload's `{ errors: [{ message, data: { errors: [{ row, column, message }] } }] }`.
      const body = (await response.json()) as { message?: string; errors?: { message?: string; data?: { errors?: RowError[] } }[] }
      const refusal = body.errors?.[0]
      setMessage(body.message ?? (refusal?.message || String(response.status)))
      setErrors(response.ok ? [] : (refusal?.data?.errors ?? []))
      // The items now come from the server: reload the form with them.
      if (response.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="cchc-annex-import" style={{ marginBottom: 'var(--base)' }}>
      <h4>{t(i18n, 'annexImportTitle')}</h4>
      <p className="field-description">{t(i18n, 'annexImportHint')}</p>
      <input accept=".csv,text/csv" aria-label={t(i18n, 'annexImportTitle')} onChange={(event) => setFile(event.target.files?.[0] ?? null)} type="file" />
      <fieldset style={{ border: 0, padding: 0 }}>
        {(['replace', 'append'] as const).map((value) => (
          <label key={value} style={{ marginRight: '1rem' }}>
            <input checked={mode === value} name="annex-mode" onChange={() => setMode(value)} type="radio" /> {t(i18n, value === 'replace' ? 'annexImportReplace' : 'annexImportAppend')}
          </label>
        ))}
      </fieldset>
      <Button buttonStyle="secondary" disabled={!file || busy} onClick={() => void upload()} size="small">
        {busy ? t(i18n, 'annexImportBusy') : t(i18n, 'annexImportSubmit')}
      </Button>
      {message && <p role="status">{message}</p>}
      {errors.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t(i18n, 'annexImportRow')}</th>
              <th>{t(i18n, 'annexImportColumn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={index}>
                <td>{error.row}</td>
                <td>{error.column ?? ''}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
