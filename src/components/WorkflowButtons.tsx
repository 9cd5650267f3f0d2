'use client'
import { Button, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { isWorkflowState, type WorkflowAction, workflowActions, type WorkflowState } from '../lib/workflow.ts'
import { type MessageKey, t } from '../translations/translate.ts'

const labels = {
  submit: 'actionSubmit',
  withdraw: 'actionWithdraw',
  approve: 'actionApprove',
  requestChanges: 'actionRequestChanges',
  unpublish: 'actionUnpublish',
  archive: 'actionArchive',
  restore: 'actionRestore',
} as const satisfies Record<WorkflowAction, MessageKey>

/**
 * The post's editorial steps as buttons above the edit form, only those the person may take from
 * the saved state: "Gửi duyệt" for the writer; "Duyệt và đăng", "Yêu cầu chỉnh sửa" (with a
 * reason), "Gỡ bài", "Lưu trữ" for editors. Each saves the form with the new state; the server
 * checks it again, and a refusal shows under its field as any other.
 */
export const WorkflowButtons: React.FC<{ isEditor: boolean }> = ({ isEditor }) => {
  const { id, docPermissions } = useDocumentInfo()
  const { submit } = useForm()
  const { i18n } = useTranslation()
  const saved = useFormFields(([fields]) => fields.workflowState?.initialValue)
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')

  if (!id || !docPermissions?.update || !isWorkflowState(saved)) return null
  const actions = workflowActions(saved, isEditor)
  if (actions.length === 0) return null

  const take = async (to: WorkflowState, extra: Record<string, unknown> = {}) => {
    await submit({ overrides: { workflowState: to, _status: to === 'published' ? 'published' : 'draft', ...extra } })
    setAsking(false)
    setReason('')
  }

  return (
    <div className="cchc-workflow-actions" style={{ position: 'relative', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'calc(var(--base) / 4)' }}>
      {actions.map(({ action, to }) =>
        action === 'requestChanges' ? (
          <Button key={action} buttonStyle="secondary" size="small" margin={false} onClick={() => setAsking(!asking)} aria-expanded={asking}>
            {t(i18n, labels[action])}
          </Button>
        ) : (
          <Button key={action} buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} size="small" margin={false} onClick={() => void take(to)}>
            {t(i18n, labels[action])}
          </Button>
        ),
      )}
      {asking ? (
        // Over the form, below the buttons: the controls bar has no room for a text box.
        <div
          role="group"
          aria-label={t(i18n, 'actionRequestChanges')}
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
            {t(i18n, 'actionReason')}
            <textarea name="cchcReason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: '100%', font: 'inherit' }} />
          </label>
          <Button buttonStyle="primary" size="small" margin={false} disabled={reason.trim() === ''} onClick={() => void take('changes_requested', { reviewNote: reason.trim() })}>
            {t(i18n, 'actionSendBack')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
