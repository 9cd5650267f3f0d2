'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import { type Actor, type EditAction, type EditActionKey, editActions, type EditWorkflow } from '../lib/editActions.ts'
import { type MessageKey, t } from '../translations/translate.ts'

const labels = {
  submit: 'actionSubmit',
  withdraw: 'actionWithdraw',
  approve: 'actionApprove',
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

/**
 * A document's workflow steps as buttons above the edit form, only those the person may take from
 * the saved state (lib/editActions.ts): for a post "Gửi duyệt", "Duyệt và đăng", "Yêu cầu chỉnh
 * sửa" (with a reason), "Gỡ bài", "Lưu trữ"; for a report "Gửi báo cáo", "Tiếp nhận", "Trả lại"
 * (with a reason); for a decision "Công bố quyết định". Each saves the form with the step's values
 * sent along (never put into the form): a refused step leaves the screen as it was, and the
 * server's reason shows under its field and in the toast as any other error. A decision publishes
 * as saved, when the form holds no unsaved change, through its own endpoint (POST
 * /:id/publish), which does not write a big decision's items again; refused there, the form's
 * own publish runs so that each reason shows under its field.
 */
export const WorkflowButtons: React.FC<{ workflow?: EditWorkflow; actor?: Actor; isEditor?: boolean }> = ({ workflow = 'post', actor, isEditor = false }) => {
  const { id, collectionSlug, docPermissions, incrementVersionCount, setData, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  const { i18n } = useTranslation()
  const workflowState = useFormFields(([fields]) => fields.workflowState?.initialValue)
  const reportState = useFormFields(([fields]) => fields.reportState?.initialValue)
  const unit = useFormFields(([fields]) => fields.unit?.initialValue)
  const status = useFormFields(([fields]) => fields._status?.initialValue)
  const [asking, setAsking] = useState<EditAction | null>(null)
  const [reason, setReason] = useState('')

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

  return (
    <div
      className="cchc-workflow-actions"
      role="group"
      aria-label={t(i18n, 'actionSteps')}
      style={{ position: 'relative', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'calc(var(--base) / 4)' }}
    >
      {actions.map((action) =>
        action.reasonField ? (
          <Button
            key={action.key}
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() => setAsking(asking?.key === action.key ? null : action)}
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
        // Over the form, below the buttons: the controls bar has no room for a text box.
        <div
          role="group"
          aria-label={t(i18n, labels[asking.key])}
          style={{
            position: 'absolute',
            top: 'calc(100% + var(--base) / 4)',
            right: 0,
            zIndex: 10,
            width: 'min(28rem, 90vw)',
            display: 'flex',
            flexDirection: 'column',
            gap: 'calc(var(--base) / 2)',
            padding: 'calc(var(--base) / 2)',
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-s)',
            boxShadow: '0 4px 12px rgba(0, 0, 0, 0.15)',
          }}
        >
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
    </div>
  )
}
