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
    <div className="cchc-workflow-actions" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'calc(var(--base) / 2)' }}>
      {actions.map(({ action, to }) =>
        action === 'requestChanges' ? (
          <Button key={action} buttonStyle="secondary" size="medium" margin={false} onClick={() => setAsking(!asking)} aria-expanded={asking}>
            {t(i18n, labels[action])}
          </Button>
        ) : (
          <Button key={action} buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} size="medium" margin={false} onClick={() => void take(to)}>
            {t(i18n, labels[action])}
          </Button>
        ),
      )}
      {asking ? (
        <div role="group" aria-label={t(i18n, 'actionRequestChanges')} style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'flex-end', width: '100%' }}>
          <label style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
            {t(i18n, 'actionReason')}
            <textarea name="cchcReason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: '100%' }} />
          </label>
          <Button buttonStyle="primary" size="medium" margin={false} disabled={reason.trim() === ''} onClick={() => void take('changes_requested', { reviewNote: reason.trim() })}>
            {t(i18n, 'actionSendBack')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
