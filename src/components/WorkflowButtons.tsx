'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import { type Actor, type EditAction, type EditActionKey, editActions, type EditWorkflow } from '../lib/editActions.ts'
import { vietnamTimeZone, wallClockText } from '../lib/vietnamTime.ts'
import { type MessageKey, t } from '../translations/translate.ts'

const labels = {
  submit: 'actionSubmit',
  withdraw: 'actionWithdraw',
  approve: 'actionApprove',
  schedule: 'actionSchedule',
  requestChanges: 'actionRequestChanges',
  unpublish: 'actionUnpublish',
  archive: 'actionArchive',
  restore: 'actionRestore',
  reportSubmit: 'actionReportSubmit',
  reportAccept: 'actionReportAccept',
  reportReturn: 'actionReportReturn',
  decisionPublish: 'actionDecisionPublish',
} as const satisfies Record<EditActionKey, MessageKey>

/** The reason box's label and its confirm button, by the field the reason goes to. */
const reasonTexts: Record<string, { label: 'actionReason' | 'actionReturnReason'; confirm: 'actionSendBack' | 'actionReturnConfirm' }> = {
  reviewNote: { label: 'actionReason', confirm: 'actionSendBack' },
  returnReason: { label: 'actionReturnReason', confirm: 'actionReturnConfirm' },
}

type ErrorAnswer = { message?: string; scheduledAt?: null | string; errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] }

/**
 * The buttons' layout, and the box under them for a reason or a time (the controls bar has no
 * room for it). On a phone (Payload's 768 px break) Payload's controls bar is one row that
 * scrolls sideways: the buttons keep to that row, and the box opens across the screen just below
 * the bar (fixed to it: the bar's `transform` makes it the box's containing block there, so the
 * row's scrolling does not clip it).
 */
const styles = `
.cchc-workflow-actions { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--base) / 4); }
.cchc-workflow-actions__scheduled { color: var(--theme-elevation-800); }
.cchc-workflow-actions__box {
  position: absolute; top: calc(100% + var(--base) / 4); right: 0; z-index: 10; width: min(28rem, 90vw);
  display: flex; flex-direction: column; gap: calc(var(--base) / 2); padding: calc(var(--base) / 2);
  background: var(--theme-elevation-0); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s);
  box-shadow: 0 4px 12px rgba(0, 0, 0, 0.15); white-space: normal;
}
@media (max-width: 768px) {
  .cchc-workflow-actions { flex-wrap: nowrap; }
  .cchc-workflow-actions__scheduled { white-space: nowrap; }
  .cchc-workflow-actions__box { position: fixed; top: calc(100% + 4px); left: var(--gutter-h); right: var(--gutter-h); width: auto; }
}
`

/**
 * A document's workflow steps as buttons above the edit form, only those the person may take from
 * the saved state (lib/editActions.ts): for a post "Gửi duyệt", "Duyệt và đăng", "Lên lịch đăng"
 * (a time on the commune's clock, 01/12/2026 08:00, through POST /:id/schedule; the time set
 * shows beside the buttons, with "Hủy lịch đăng"), "Yêu cầu chỉnh sửa" (with a reason), "Gỡ bài",
 * "Lưu trữ"; for a report "Gửi báo cáo", "Tiếp nhận", "Trả lại" (with a reason); for a decision "Công bố quyết định". Each saves the form with the step's values
 * sent along (never put into the form): a refused step leaves the screen as it was, and the
 * server's reason shows under its field and in the toast as any other error. A decision publishes
 * as saved, when the form holds no unsaved change, through its own endpoint (POST
 * /:id/publish), which does not write a big decision's items again; refused there, the form's
 * own publish runs so that each reason shows under its field.
 */
export const WorkflowButtons: React.FC<{ workflow?: EditWorkflow; actor?: Actor; isEditor?: boolean; timeZone?: string }> = ({
  workflow = 'post',
  actor,
  isEditor = false,
  timeZone = vietnamTimeZone,
}) => {
  const { id, collectionSlug, docPermissions, incrementVersionCount, setData, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { dispatchFields, submit } = useForm()
  const modified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  const { i18n } = useTranslation()
  const workflowState = useFormFields(([fields]) => fields.workflowState?.initialValue)
  const reportState = useFormFields(([fields]) => fields.reportState?.initialValue)
  const unit = useFormFields(([fields]) => fields.unit?.initialValue)
  const status = useFormFields(([fields]) => fields._status?.initialValue)
  const savedSchedule = useFormFields(([fields]) => fields.scheduledAt?.initialValue) as null | string | undefined
  const [asking, setAsking] = useState<EditAction | null>(null)
  const [reason, setReason] = useState('')
  // What the schedule endpoint last answered (undefined: as the form was loaded).
  const [answeredSchedule, setAnsweredSchedule] = useState<null | string | undefined>(undefined)
  const [when, setWhen] = useState('')
  const [timeError, setTimeError] = useState<null | string>(null)
  const scheduledAt = answeredSchedule === undefined ? (savedSchedule ?? null) : answeredSchedule

  if (!id || !docPermissions?.update) return null
  const who: Actor = actor ?? { editor: isEditor, coordinator: false, administrator: false, unit: null }
  const actions = editActions(workflow, { workflowState, reportState, unit, _status: status }, who)
  if (actions.length === 0) return null

  const take = async (action: EditAction, extra: Record<string, unknown> = {}) => {
    if (action.key === 'decisionPublish' && !modified) {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/publish`, { method: 'POST', credentials: 'include' })
      if (response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string; doc?: Record<string, unknown> }
        if (body.message) toast.success(body.message)
        // What Payload's own publish tells the edit view (the status line, its Publish button), then the form from the server.
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
        incrementVersionCount()
        if (body.doc) setData(body.doc)
        router.refresh()
        return
      }
    }
    await submit({ overrides: { ...action.set, ...extra } })
    setAsking(null)
    setReason('')
  }
  const texts = asking?.reasonField ? reasonTexts[asking.reasonField] : undefined

  /** POST (a time) or DELETE /:id/schedule; a refusal's reasons go under their fields, as a save's do, and the time's in the box. */
  const schedule = async (method: 'DELETE' | 'POST') => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/schedule`, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify({ at: when }) } : {}),
    })
    const body = (await response.json().catch(() => ({}))) as ErrorAnswer
    if (response.ok) {
      if (body.message) toast.success(body.message)
      setAnsweredSchedule(body.scheduledAt ?? null)
      setAsking(null)
      setWhen('')
      setTimeError(null)
      return
    }
    const problems = body.errors?.[0]?.data?.errors ?? []
    const onFields = problems.filter((problem) => problem.path !== 'at')
    if (onFields.length > 0) dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: onFields })
    setTimeError(problems.map((problem) => problem.message).join(' ') || body.errors?.[0]?.message || null)
    if (body.errors?.[0]?.message) toast.error(body.errors[0].message)
  }

  return (
    <div className="cchc-workflow-actions" role="group" aria-label={t(i18n, 'actionSteps')}>
      <style>{styles}</style>
      {scheduledAt ? (
        <span className="cchc-workflow-actions__scheduled">
          {t(i18n, 'actionScheduledFor', { at: wallClockText(scheduledAt, timeZone) })}
        </span>
      ) : null}
      {actions.map((action) =>
        action.reasonField || action.schedule ? (
          <Button
            key={action.key}
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() => {
              // The box opens on the time set before, or the next hour but one, to correct rather than type.
              if (action.schedule && asking?.key !== action.key && when === '') setWhen(wallClockText(scheduledAt ?? (Math.floor(Date.now() / 3_600_000) + 2) * 3_600_000, timeZone))
              setAsking(asking?.key === action.key ? null : action)
            }}
            aria-expanded={asking?.key === action.key}
          >
            {t(i18n, labels[action.key])}
          </Button>
        ) : (
          <Button key={action.key} buttonStyle={action.primary ? 'primary' : 'secondary'} size="small" margin={false} onClick={() => void take(action)}>
            {t(i18n, labels[action.key])}
          </Button>
        ),
      )}
      {asking?.reasonField && texts ? (
        <div className="cchc-workflow-actions__box" role="group" aria-label={t(i18n, labels[asking.key])}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t(i18n, texts.label)}
            <textarea name="cchcReason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: '100%', font: 'inherit' }} />
          </label>
          <Button
            buttonStyle="primary"
            size="small"
            margin={false}
            disabled={reason.trim() === ''}
            onClick={() => void take(asking, { [asking.reasonField as string]: reason.trim() })}
          >
            {t(i18n, texts.confirm)}
          </Button>
        </div>
      ) : null}
      {asking?.schedule ? (
        <div className="cchc-workflow-actions__box" role="group" aria-label={t(i18n, 'actionSchedule')}>
          {scheduledAt ? <p style={{ margin: 0 }}>{t(i18n, 'actionScheduledFor', { at: wallClockText(scheduledAt, timeZone) })}</p> : null}
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t(i18n, 'actionScheduleAt')}
            {/* Text in the admin's own format, whatever the browser's language (a date-time input would follow that). */}
            <input
              type="text"
              name="cchcScheduleAt"
              value={when}
              placeholder="dd/mm/yyyy hh:mm"
              autoComplete="off"
              aria-invalid={timeError ? true : undefined}
              aria-describedby={timeError ? 'cchc-schedule-example cchc-schedule-error' : 'cchc-schedule-example'}
              onChange={(event) => {
                setWhen(event.target.value)
                setTimeError(null)
              }}
              style={{ font: 'inherit', padding: '4px 6px' }}
            />
          </label>
          <span id="cchc-schedule-example" style={{ color: 'var(--theme-elevation-800)', fontSize: '0.85em', marginTop: 'calc(var(--base) / -3)' }}>
            {t(i18n, 'actionScheduleExample')}
          </span>
          {timeError ? (
            <p id="cchc-schedule-error" role="alert" style={{ margin: 0, color: 'var(--theme-error-750)' }}>
              {timeError}
            </p>
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 4)' }}>
            <Button buttonStyle="primary" size="small" margin={false} disabled={when === ''} onClick={() => void schedule('POST')}>
              {t(i18n, 'actionScheduleConfirm')}
            </Button>
            {scheduledAt ? (
              <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void schedule('DELETE')}>
                {t(i18n, 'actionScheduleCancel')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  )
}
