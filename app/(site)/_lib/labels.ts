import type { ChannelKind, ItemKind, OnlineLevel, PostFormat, Procedure, ProcedureStatus } from './apiTypes.ts'

/**
 * What the reader sees for each value the API sends. The admin's labels live in the plugin; the
 * site keeps its own, as a separate portal would (and its wording is for citizens, not staff).
 */
export const formatLabels: Record<PostFormat, string> = {
  article: 'Bài viết',
  photo: 'Phóng sự ảnh',
  video: 'Video',
  audio: 'Âm thanh',
}

export const statusLabels: Record<ProcedureStatus, string> = {
  active: 'Đang công khai',
  amended: 'Đang công khai (đã sửa đổi, bổ sung)',
  repealed: 'Đã bãi bỏ',
}

export const onlineLevelLabels: Record<OnlineLevel | 'none', string> = {
  toan_trinh: 'Trực tuyến toàn trình',
  mot_phan: 'Trực tuyến một phần',
  none: 'Không có dịch vụ trực tuyến',
}

export const channelLabels: Record<ChannelKind, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính công ích',
}

// mới ban hành, sửa đổi bổ sung, thay thế, bãi bỏ: the four kinds of item of an announcement decision.
export const itemKindLabels: Record<ItemKind, string> = {
  new: 'Mới ban hành',
  amended: 'Sửa đổi, bổ sung',
  replaced: 'Thay thế',
  repealed: 'Bãi bỏ',
}

export const levelLabels: Record<NonNullable<Procedure['level']>, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  central: 'Trung ương',
}

/** A label for a value the site does not know yet (a newer API): the value itself, never a blank. */
export const labelOf = <K extends string>(labels: Record<K, string>, value: string | null | undefined): string =>
  value ? ((labels as Record<string, string>)[value] ?? value) : ''
