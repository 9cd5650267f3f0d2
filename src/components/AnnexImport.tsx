'use client'
import { Button, useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useEffect, useState } from 'react'

import { t } from '../translations/translate.ts'

/** Payload's description grey is too faint on white (axe: colour contrast); the plugin's own text is darker. */
const descriptionStyle = { color: 'var(--theme-elevation-800)' }

type RowError = { row: number; column?: string; message: string }
type Outcome = { message: string; errors: RowError[] }
type Refusal = { message?: string; errors?: { message?: string; data?: { errors?: RowError[] } }[] }

/** Where an import's outcome waits while the admin opens a decision saved for it (the panel remounts there). */
const outcomeKey = (id: number | string) => `cchc-annex-import-${id}`

/**
 * A panel on the decision's edit view: upload the annex CSV and see every error by row and column.
 * On a decision not saved yet, the import first saves it as a draft with what the form holds, then
 * opens it, with the import's outcome shown there.
 */
export const AnnexImport: React.FC = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { getData } = useForm()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [mode, setMode] = useState<'append' | 'replace'>('replace')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<RowError[]>([])

  useEffect(() => {
    if (!id) return
    const waiting = sessionStorage.getItem(outcomeKey(id))
    if (!waiting) return
    sessionStorage.removeItem(outcomeKey(id))
    const outcome = JSON.parse(waiting) as Outcome
    setMessage(outcome.message)
    setErrors(outcome.errors)
  }, [id])

  if ((data as { _status?: string } | undefined)?._status === 'published') return <p className="field-description" style={descriptionStyle}>{t(i18n, 'annexImportPublished')}</p>
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}`

  const upload = async () => {
    if (!file) return
    setBusy(true)
    setErrors([])
    setMessage(null)
    try {
      let target = id
      if (!target) {
        // Not saved yet: a draft with what the form holds (a draft needs none of the required fields).
        const saved = await fetch(`${api}?draft=true&depth=0`, {
          method: 'POST',
          body: JSON.stringify({ ...getData(), _status: 'draft' }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
        })
        const body = (await saved.json()) as Refusal & { doc?: { id: number | string } }
        if (!saved.ok || !body.doc) {
          setMessage(body.errors?.[0]?.message || String(saved.status))
          return
        }
        target = body.doc.id
      }
      const form = new FormData()
      form.append('file', file)
      const response = await fetch(`${api}/${target}/import?mode=${mode}`, { method: 'POST', body: form, credentials: 'include' })
      // Imported: `{ message }`; refused: Payload's `{ errors: [{ message, data: { errors: [{ row, column, message }] } }] }`.
      const body = (await response.json()) as Refusal & { message?: string }
      const refusal = body.errors?.[0]
      const outcome: Outcome = { message: body.message ?? (refusal?.message || String(response.status)), errors: response.ok ? [] : (refusal?.data?.errors ?? []) }
      if (target !== id) {
        // The decision now exists: open it, where this panel shows the outcome.
        sessionStorage.setItem(outcomeKey(target), JSON.stringify(outcome))
        router.push(`${config.routes.admin}/collections/${collectionSlug}/${target}`)
        return
      }
      setMessage(outcome.message)
      setErrors(outcome.errors)
      // The items now come from the server: reload the form with them.
      if (response.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="cchc-annex-import" style={{ marginBottom: 'var(--base)' }}>
      <h4>{t(i18n, 'annexImportTitle')}</h4>
      <p className="field-description" style={descriptionStyle}>{t(i18n, 'annexImportHint')}</p>
      {id ? null : <p className="field-description" style={descriptionStyle}>{t(i18n, 'annexImportSavesDraft')}</p>}
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
              <th>{t(i18n, 'annexImportProblem')}</th>
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
