'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

type RowError = { row: number; column?: string; message: string }

const words = {
  vi: {
    title: 'Nhập danh mục thủ tục từ tệp CSV',
    hint: 'Tệp CSV UTF-8 (Excel: "CSV UTF-8"), dòng đầu là tiêu đề cột. Có lỗi thì không nhập dòng nào.',
    replace: 'Thay các mục hiện có',
    append: 'Thêm vào sau các mục hiện có',
    submit: 'Nhập',
    saveFirst: 'Hãy lưu quyết định trước khi nhập danh mục.',
    published: 'Quyết định đã công bố: không nhập thêm được.',
    row: 'Dòng',
    column: 'Cột',
    busy: 'Đang nhập…',
  },
  en: {
    title: 'Import the annex from a CSV file',
    hint: 'A UTF-8 CSV (Excel: "CSV UTF-8") with a header row. One error and nothing is imported.',
    replace: 'Replace the current items',
    append: 'Append to the current items',
    submit: 'Import',
    saveFirst: 'Save the decision before importing its annex.',
    published: 'This decision is published: nothing more can be imported.',
    row: 'Row',
    column: 'Column',
    busy: 'Importing…',
  },
}

/** A panel on the decision's edit view: upload the annex CSV and see every error by row and column. */
export const AnnexImport: React.FC = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = i18n.language === 'en' ? words.en : words.vi
  const [file, setFile] = useState<File | null>(null)
  const [mode, setMode] = useState<'append' | 'replace'>('replace')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<RowError[]>([])

  if (!id) return <p className="field-description">{t.saveFirst}</p>
  if ((data as { _status?: string } | undefined)?._status === 'published') return <p className="field-description">{t.published}</p>

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
      const body = (await response.json()) as { message?: string; errors?: RowError[] }
      setMessage(body.message ?? (body.errors?.[0]?.message || String(response.status)))
      setErrors(response.ok ? [] : (body.errors ?? []))
      // The items now come from the server: reload the form with them.
      if (response.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="cchc-annex-import" style={{ marginBottom: 'var(--base)' }}>
      <h4>{t.title}</h4>
      <p className="field-description">{t.hint}</p>
      <input accept=".csv,text/csv" aria-label={t.title} onChange={(event) => setFile(event.target.files?.[0] ?? null)} type="file" />
      <fieldset style={{ border: 0, padding: 0 }}>
        {(['replace', 'append'] as const).map((value) => (
          <label key={value} style={{ marginRight: '1rem' }}>
            <input checked={mode === value} name="annex-mode" onChange={() => setMode(value)} type="radio" /> {t[value]}
          </label>
        ))}
      </fieldset>
      <Button buttonStyle="secondary" disabled={!file || busy} onClick={() => void upload()} size="small">
        {busy ? t.busy : t.submit}
      </Button>
      {message && <p role="status">{message}</p>}
      {errors.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t.row}</th>
              <th>{t.column}</th>
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
