'use client'

import { useActionState } from 'react'

import { sendFeedback } from '../_lib/actions.ts'
import { type FeedbackField, type FeedbackState, feedbackCategoryChoices, honeypotField } from '../_lib/feedbackForm.ts'
import { routes } from '../_lib/routes.ts'

const errorId = (field: string) => `loi-${field}`

/** One field with its label, hint and the API's message for it, tied together for screen readers. */
const Field = ({
  name,
  label,
  hint,
  state,
  children,
}: {
  name: FeedbackField
  label: string
  hint?: string
  state: FeedbackState
  children: (props: { id: string; name: string; defaultValue?: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode
}) => {
  const error = state.errors[name]
  const describedBy = [hint ? `goi-y-${name}` : null, error ? errorId(name) : null].filter(Boolean).join(' ')
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={`truong-${name}`}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`goi-y-${name}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId(name)}>
          {error}
        </p>
      ) : null}
      {children({
        id: `truong-${name}`,
        name,
        defaultValue: state.values[name],
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
    </div>
  )
}

/**
 * The feedback form: category, subject, content and a way to answer (phone or e-mail), with the
 * privacy notice and a honeypot. Sent by a server function: without JavaScript the page comes back
 * with the tracking code, or with the API's message beside each field and what was typed kept.
 */
export const FeedbackForm = () => {
  const [state, action, pending] = useActionState<FeedbackState, FormData>(sendFeedback, { values: {}, errors: {} })
  if (state.trackingCode) {
    return (
      <div className="notice notice--success" role="status">
        <p>
          <strong>Đã gửi thành công.</strong> Mã tra cứu của bạn là <strong className="tracking-code">{state.trackingCode}</strong>. Xin
          ghi lại mã này để theo dõi việc trả lời.
        </p>
        <p>
          <a className="button" href={routes.feedbackTrack(state.trackingCode)}>
            Tra cứu ngay
          </a>
        </p>
      </div>
    )
  }
  return (
    <form action={action} className="feedback-form" noValidate>
      {state.errors.form ? (
        <p className="notice notice--error" role="alert">
          {state.errors.form}
        </p>
      ) : Object.keys(state.errors).length > 0 ? (
        <p className="notice notice--error" role="alert">
          Chưa gửi được: xin vui lòng sửa các mục được đánh dấu bên dưới.
        </p>
      ) : null}
      <Field name="category" label="Loại" state={state}>
        {(props) => (
          <select {...props} defaultValue={props.defaultValue ?? 'feedback'}>
            {feedbackCategoryChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="subject" label="Tiêu đề" state={state}>
        {(props) => <input type="text" maxLength={200} required {...props} />}
      </Field>
      <Field name="content" label="Nội dung" hint="Nêu rõ sự việc, thủ tục, thời gian, địa điểm liên quan." state={state}>
        {(props) => <textarea rows={6} maxLength={5000} required {...props} />}
      </Field>
      <fieldset className="feedback-form__contact">
        <legend>Thông tin để trả lời bạn (điền số điện thoại hoặc thư điện tử)</legend>
        <Field name="contactName" label="Họ và tên" state={state}>
          {(props) => <input type="text" maxLength={100} autoComplete="name" {...props} />}
        </Field>
        <Field name="contactPhone" label="Số điện thoại" state={state}>
          {(props) => <input type="tel" maxLength={20} autoComplete="tel" inputMode="tel" {...props} />}
        </Field>
        <Field name="contactEmail" label="Thư điện tử" state={state}>
          {(props) => <input type="email" autoComplete="email" {...props} />}
        </Field>
      </fieldset>
      {/* The honeypot: hidden from people and screen readers; a robot that fills it is refused. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="truong-website">Trang web (để trống)</label>
        <input type="text" id="truong-website" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="privacy-notice" id="bao-mat">
        <h2>Bảo vệ thông tin cá nhân</h2>
        <p>
          Họ tên, số điện thoại, thư điện tử và nội dung bạn gửi chỉ cán bộ được giao xử lý xem được, dùng để xem xét và trả lời
          phản ánh, kiến nghị của bạn (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân). Khi trả lời công khai, UBND xã chỉ đăng câu
          hỏi đã bỏ mọi thông tin cá nhân. Thông tin liên hệ được tự động xóa sau một thời gian kể từ khi việc xử lý kết thúc.
        </p>
      </div>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? 'Đang gửi…' : 'Gửi phản ánh, kiến nghị'}
      </button>
    </form>
  )
}
