/**
 * Who is told of what (thông báo): each event of the workflows and the reminders, with the people it
 * reaches, as one table. The services resolve the audiences to accounts; nothing else decides who
 * learns of an item.
 */

export const notificationEvents = [
  'postSubmitted',
  'postChangesRequested',
  'postPublished',
  'postScheduledPublished',
  'decisionItemsFailed',
  'reportSubmitted',
  'reportReturned',
  'reportAccepted',
  'reportDueSoon',
  'reportOverdue',
  'feedbackAssigned',
  'feedbackAnswered',
  'feedbackDueSoon',
  'feedbackOverdue',
  'parCriterionAssigned',
  'parCriterionReturned',
] as const
export type NotificationEvent = (typeof notificationEvents)[number]

/**
 * editors: members of the editor units (TTDVSNC); coordinators: members of the coordinator unit
 * (Phòng VH-XH); unit: members of the item's unit; author: the account that wrote the item.
 */
export type Audience = 'editors' | 'coordinators' | 'unit' | 'author'

export const eventAudiences: Record<NotificationEvent, readonly Audience[]> = {
  postSubmitted: ['editors'],
  postChangesRequested: ['author', 'unit'],
  postPublished: ['author', 'unit'],
  postScheduledPublished: ['author', 'unit'],
  decisionItemsFailed: ['editors'],
  reportSubmitted: ['coordinators'],
  reportReturned: ['unit'],
  reportAccepted: ['unit'],
  reportDueSoon: ['unit'],
  reportOverdue: ['unit'],
  feedbackAssigned: ['unit'],
  feedbackAnswered: ['editors'],
  feedbackDueSoon: ['unit', 'editors'],
  feedbackOverdue: ['unit', 'editors'],
  parCriterionAssigned: ['unit'],
  parCriterionReturned: ['unit'],
}

export type Id = number | string

/** An account as the table sees it: its unit, and what that unit is (null: no unit, or an inactive one). */
export type Person = { id: Id; unit: Id | null; unitKind: 'editor' | 'coordinator' | 'contributor' | null; muted?: readonly string[] | null }

/** What the event is about: the item's unit and author, and who caused it (never told of their own act). */
export type Subject = { unit?: Id | null; author?: Id | null; actor?: Id | null }

const same = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)

/** The accounts told of `event`, each once, without the one who caused it and those who turned the event off. */
export const recipientsOf = (event: NotificationEvent, subject: Subject, people: readonly Person[]): Id[] => {
  const audiences = eventAudiences[event]
  const chosen = people.filter((person) => {
    if (person.unitKind === null) return false
    if (same(person.id, subject.actor)) return false
    if (person.muted?.includes(event)) return false
    return audiences.some((audience) => {
      if (audience === 'editors') return person.unitKind === 'editor'
      if (audience === 'coordinators') return person.unitKind === 'coordinator'
      if (audience === 'unit') return same(person.unit, subject.unit)
      return same(person.id, subject.author)
    })
  })
  return [...new Map(chosen.map((person) => [String(person.id), person.id])).values()]
}

type Label = { vi: string; en: string }

/** The event's name in the admin and the preferences. */
export const notificationEventLabels: Record<NotificationEvent, Label> = {
  postSubmitted: { vi: 'Bài viết gửi duyệt', en: 'Post submitted for review' },
  postChangesRequested: { vi: 'Bài viết bị yêu cầu sửa', en: 'Changes requested on a post' },
  postPublished: { vi: 'Bài viết được duyệt đăng', en: 'Post approved and published' },
  postScheduledPublished: { vi: 'Bài viết đã đăng theo lịch', en: 'Scheduled post published' },
  decisionItemsFailed: { vi: 'Quyết định công bố: thủ tục không áp dụng được', en: 'Decision items failed' },
  reportSubmitted: { vi: 'Báo cáo được gửi', en: 'Report submitted' },
  reportReturned: { vi: 'Báo cáo bị trả lại', en: 'Report returned' },
  reportAccepted: { vi: 'Báo cáo được tiếp nhận', en: 'Report accepted' },
  reportDueSoon: { vi: 'Báo cáo sắp đến hạn', en: 'Report due soon' },
  reportOverdue: { vi: 'Báo cáo quá hạn', en: 'Report overdue' },
  feedbackAssigned: { vi: 'Phản ánh được giao cho đơn vị', en: 'Feedback assigned to the unit' },
  feedbackAnswered: { vi: 'Phản ánh đã có trả lời', en: 'Feedback answered' },
  feedbackDueSoon: { vi: 'Phản ánh sắp đến hạn trả lời', en: 'Feedback due soon' },
  feedbackOverdue: { vi: 'Phản ánh quá hạn trả lời', en: 'Feedback overdue' },
  parCriterionAssigned: { vi: 'Tiêu chí Chỉ số CCHC được giao cho đơn vị', en: 'PAR criterion assigned to the unit' },
  parCriterionReturned: { vi: 'Điểm tự chấm tiêu chí bị trả lại', en: 'PAR self-score returned' },
}

/** The notification's line, in Vietnamese (the commune's staff), naming the item. */
export const notificationTitle = (event: NotificationEvent, itemTitle: string, extra: { days?: number } = {}): string => {
  const item = itemTitle.trim() || '(không tiêu đề)'
  switch (event) {
    case 'postSubmitted':
      return `Bài viết chờ duyệt: ${item}`
    case 'postChangesRequested':
      return `Bài viết cần chỉnh sửa: ${item}`
    case 'postPublished':
      return `Bài viết đã được duyệt đăng: ${item}`
    case 'postScheduledPublished':
      return `Bài viết đã đăng theo lịch: ${item}`
    case 'decisionItemsFailed':
      return `Quyết định công bố có thủ tục không áp dụng được: ${item}`
    case 'reportSubmitted':
      return `Báo cáo đã được gửi: ${item}`
    case 'reportReturned':
      return `Báo cáo bị trả lại: ${item}`
    case 'reportAccepted':
      return `Báo cáo đã được tiếp nhận: ${item}`
    case 'reportDueSoon':
      return `Còn ${extra.days ?? 0} ngày đến hạn nộp báo cáo: ${item}`
    case 'reportOverdue':
      return `Báo cáo đã quá hạn, chưa gửi: ${item}`
    case 'feedbackAssigned':
      return `Phản ánh được giao cho đơn vị: ${item}`
    case 'feedbackAnswered':
      return `Phản ánh đã có trả lời, chờ duyệt: ${item}`
    case 'feedbackDueSoon':
      return `Còn ${extra.days ?? 0} ngày đến hạn trả lời phản ánh: ${item}`
    case 'feedbackOverdue':
      return `Phản ánh đã quá hạn trả lời: ${item}`
    case 'parCriterionAssigned':
      return `Đơn vị được giao chấm điểm tiêu chí Chỉ số CCHC: ${item}`
    case 'parCriterionReturned':
      return `Điểm tự chấm tiêu chí bị trả lại, cần chấm lại: ${item}`
  }
}

/** The link to the item in the admin panel, absolute. */
export const adminItemUrl = (serverUrl: string, adminRoute: string, collection: string, id: Id): string =>
  `${serverUrl.replace(/\/+$/, '')}${adminRoute.replace(/\/+$/, '')}/collections/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`

/** The e-mail of one notification: Vietnamese subject and body with the link; no citizen's data (only the item's title). */
export const notificationMail = (title: string, link: string): { subject: string; text: string } => ({
  subject: `[CCHC] ${title}`,
  text: `Kính gửi anh/chị,\n\n${title}\n\nXem chi tiết: ${link}\n\nThư này được gửi tự động từ chuyên mục Cải cách hành chính. Có thể tắt thông báo qua thư trong phần Tài khoản > Thông báo.`,
})

/** The daily digest: every unread line of the day in one mail. */
export const digestMail = (lines: readonly { title: string; link: string }[]): { subject: string; text: string } => ({
  subject: `[CCHC] ${lines.length} thông báo mới`,
  text: `Kính gửi anh/chị,\n\nCác việc mới cần anh/chị lưu ý:\n\n${lines.map((line) => `- ${line.title}\n  ${line.link}`).join('\n')}\n\nThư này được gửi tự động từ chuyên mục Cải cách hành chính.`,
})

/** Whole calendar days from one day (`yyyy-mm-dd`) to another; negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => {
  const utc = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number]
    return Date.UTC(year, month - 1, date)
  }
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/** Days after a deadline in which a missed overdue reminder is still caught up (not every old period at first start). */
export const overdueCatchUpDays = 3

/**
 * Which reminder a deadline calls for on a local day: the smallest `daysBefore` reached (a day the
 * job missed is caught up), `overdue` on the due day and the few days after, none before the
 * largest. `daysLeft` is whole local days from today to the due day (the first day that is late).
 */
export const reminderFor = (daysLeft: number, daysBefore: readonly number[]): { kind: 'dueSoon'; days: number } | { kind: 'overdue' } | null => {
  if (daysLeft <= 0) return daysLeft > -overdueCatchUpDays ? { kind: 'overdue' } : null
  const reached = [...daysBefore].filter((days) => days > 0 && daysLeft <= days).sort((a, b) => a - b)
  return reached.length > 0 ? { kind: 'dueSoon', days: reached[0]! } : null
}
