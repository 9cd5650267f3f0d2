/**
 * The citizens' feedback form (phản ánh, kiến nghị, hỏi đáp): what it sends the API and how the
 * API's answer reads to the citizen. The API checks every field; the site only shapes the request
 * and shows each field's message where the field is.
 */

export const feedbackCategoryChoices = [
  { value: 'feedback', label: 'Phản ánh' },
  { value: 'recommendation', label: 'Kiến nghị' },
  { value: 'question', label: 'Hỏi đáp' },
] as const

export type FeedbackCategory = (typeof feedbackCategoryChoices)[number]['value']

export const feedbackCategoryLabel = (value: string | null | undefined): string =>
  feedbackCategoryChoices.find((choice) => choice.value === value)?.label ?? 'Phản ánh, kiến nghị'

/** The form's fields, by the names the API uses; `website` is the honeypot people never see. */
export const feedbackFields = ['category', 'subject', 'content', 'contactName', 'contactPhone', 'contactEmail'] as const
export type FeedbackField = (typeof feedbackFields)[number]
export const honeypotField = 'website'

export type FeedbackValues = Partial<Record<FeedbackField, string>>

/** What the citizen typed, trimmed; left-out fields are not sent (the API says which it needs). */
export const readFeedbackForm = (form: { get: (name: string) => unknown }): { values: FeedbackValues; body: Record<string, string> } => {
  const values: FeedbackValues = {}
  for (const field of feedbackFields) {
    const value = form.get(field)
    if (typeof value === 'string' && value.trim() !== '') values[field] = value.trim()
  }
  const trap = form.get(honeypotField)
  // A robot's filled honeypot goes to the API as it came, which refuses it.
  const body: Record<string, string> = { ...values, ...(typeof trap === 'string' && trap !== '' ? { [honeypotField]: trap } : {}) }
  return { values, body }
}

/** The state of the form after sending: each field's message, or the tracking code. */
export type FeedbackState = {
  values: FeedbackValues
  errors: Partial<Record<FeedbackField | 'form', string>>
  trackingCode?: string
}

/** The form's messages from the API's answer (field messages of a 400 come from the API, in Vietnamese). */
export const feedbackErrorsOf = (
  status: number,
  fieldErrors: Record<string, string>,
  message: string | null,
): FeedbackState['errors'] => {
  if (status === 400) {
    const errors: FeedbackState['errors'] = {}
    for (const [path, text] of Object.entries(fieldErrors)) {
      if ((feedbackFields as readonly string[]).includes(path)) errors[path as FeedbackField] = text
    }
    // The honeypot, or a field the form does not show: said at the top.
    const other = Object.entries(fieldErrors).find(([path]) => !(feedbackFields as readonly string[]).includes(path))
    if (other || Object.keys(errors).length === 0) errors.form = other?.[1] ?? message ?? 'Nội dung gửi chưa hợp lệ. Xin vui lòng kiểm tra lại.'
    return errors
  }
  if (status === 429) return { form: message ?? 'Bạn đã gửi nhiều lần trong thời gian ngắn. Xin vui lòng thử lại sau.' }
  return { form: 'Chưa gửi được. Xin vui lòng thử lại sau ít phút, hoặc liên hệ trực tiếp Bộ phận một cửa của xã.' }
}

/** A tracking code as typed ("pa 2026 000123", "PA-2026-000123"): spaces to hyphens, upper case; null when it cannot be one. */
export const readTrackingCode = (value: string | string[] | undefined): string | null => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim().toUpperCase().replace(/[\s_]+/g, '-')
  if (!text || text.length > 40 || !/^[A-Z0-9-]+$/.test(text)) return null
  return text
}
