/** What an audit entry records someone did. */
export const auditActions = [
  'create',
  'update',
  'submit',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'archive',
  'schedule',
  'apply_item',
  'delete',
  'login',
  'login_failed',
  'lockout',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, { vi: string; en: string }> = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Sửa', en: 'Update' },
  submit: { vi: 'Gửi duyệt / gửi báo cáo', en: 'Submit' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  reject: { vi: 'Trả lại', en: 'Reject' },
  publish: { vi: 'Đăng', en: 'Publish' },
  unpublish: { vi: 'Gỡ', en: 'Unpublish' },
  archive: { vi: 'Lưu trữ', en: 'Archive' },
  schedule: { vi: 'Hẹn giờ đăng / gỡ', en: 'Schedule' },
  apply_item: { vi: 'Áp dụng mục quyết định', en: 'Apply decision item' },
  delete: { vi: 'Xóa', en: 'Delete' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  login_failed: { vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  lockout: { vi: 'Tạm khóa đăng nhập', en: 'Sign-in throttled' },
}

/** A change of a state field that names what was done; the first rule that matches wins. */
type StateRule = { field: string; from?: string; to: string; action: AuditAction }

/** Posts (workflowState), reports (reportState), then Payload's `_status` for everything versioned. */
export const stateActions: readonly StateRule[] = [
  { field: 'workflowState', to: 'in_review', action: 'submit' },
  { field: 'workflowState', from: 'in_review', to: 'published', action: 'approve' },
  { field: 'workflowState', from: 'in_review', to: 'changes_requested', action: 'reject' },
  { field: 'workflowState', to: 'archived', action: 'archive' },
  { field: 'reportState', to: 'submitted', action: 'submit' },
  { field: 'reportState', from: 'submitted', to: 'accepted', action: 'approve' },
  { field: 'reportState', from: 'submitted', to: 'returned', action: 'reject' },
  { field: '_status', to: 'published', action: 'publish' },
  { field: '_status', from: 'published', to: 'draft', action: 'unpublish' },
]

/**
 * Fields whose old and new values an entry keeps (states, the unit and the administrator flag, and
 * the staff's reasons for sending an item back, which the item itself drops once it moves on):
 * none of them is personal. Every other field is named, never its value.
 */
export const valuedFields = ['workflowState', 'reportState', '_status', 'status', 'unit', 'isSystemAdmin', 'active', 'accessLevel', 'reviewNote', 'returnReason'] as const

type Doc = Record<string, unknown> | null | undefined

/**
 * The action a write took. A draft save writes only a version, so its `_status` ("draft") says
 * nothing about the document: only the editorial states count then.
 */
export const actionOfChange = ({
  operation,
  before,
  after,
  draftSave = false,
}: {
  operation: 'create' | 'update'
  before: Doc
  after: Doc
  draftSave?: boolean
}): AuditAction => {
  for (const rule of stateActions) {
    if (draftSave && rule.field === '_status') continue
    const was = operation === 'create' ? undefined : before?.[rule.field]
    const now = after?.[rule.field]
    if (now !== rule.to || now === was) continue
    if (rule.from !== undefined && was !== rule.from) continue
    return rule.action
  }
  return operation
}

// A populated document (it has timestamps) compares by id; an array row (it has none) by content.
const normalize = (value: unknown): unknown => {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, normalize(record[key])]),
    )
  }
  return value
}

/** The value of a field as an entry keeps it: ids for documents, nothing populated. */
export const plainValue = normalize

/** Names of the fields whose values differ between two versions of a document. */
export const changedFields = (before: Doc, after: Doc, names: readonly string[]): string[] =>
  names.filter((name) => JSON.stringify(normalize(before?.[name])) !== JSON.stringify(normalize(after?.[name])))
