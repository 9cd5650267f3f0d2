/**
 * Administrative procedures (thủ tục hành chính, TTHC) and the items of the decisions that change
 * them: the vocabulary shared by the collections, the decision planner and the annex import.
 */

/** Where a procedure stands now. A replaced procedure is `repealed` and names its replacement. */
export const procedureStatuses = ['active', 'amended', 'repealed'] as const
export type ProcedureStatus = (typeof procedureStatuses)[number]

export const procedureStatusLabels: Record<ProcedureStatus, { vi: string; en: string }> = {
  active: { vi: 'Đang công khai', en: 'In force' },
  amended: { vi: 'Đang công khai sửa đổi, bổ sung', en: 'In force, amended' },
  repealed: { vi: 'Bãi bỏ', en: 'Repealed' },
}

/** The four kinds of item of a Quyết định công bố TTHC. */
export const itemKinds = ['new', 'amended', 'replaced', 'repealed'] as const
export type ItemKind = (typeof itemKinds)[number]

/** How the national database and the decisions name each kind of item. */
export const itemKindLabels: Record<ItemKind, { vi: string; en: string }> = {
  new: { vi: 'Mới ban hành', en: 'New' },
  amended: { vi: 'Sửa đổi, bổ sung', en: 'Amended' },
  replaced: { vi: 'Thay thế', en: 'Replaced' },
  repealed: { vi: 'Bãi bỏ', en: 'Repealed' },
}

/** Online service levels since Nghị định 42/2022; none means the procedure is not offered online. */
export const onlineLevels = ['toan_trinh', 'mot_phan'] as const
export type OnlineLevel = (typeof onlineLevels)[number]

export const onlineLevelLabels: Record<OnlineLevel, { vi: string; en: string }> = {
  toan_trinh: { vi: 'Toàn trình', en: 'Fully online' },
  mot_phan: { vi: 'Một phần', en: 'Partly online' },
}

/**
 * How a decision's item stores "no longer online" (an empty level there says nothing); items read
 * it as `onlineLevel: null`.
 */
export const notOnline = 'none'

/** Ways a dossier may be filed (cách thức thực hiện). */
export const channelKinds = ['in_person', 'online', 'postal'] as const
export type ChannelKind = (typeof channelKinds)[number]

export const channelLabels: Record<ChannelKind, { vi: string; en: string }> = {
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Dịch vụ bưu chính công ích', en: 'Public postal service' },
}

/** Who carries the procedure out (cấp thực hiện). */
export const implementingLevels = ['commune', 'district', 'province', 'central'] as const
export type ImplementingLevel = (typeof implementingLevels)[number]

export const implementingLevelLabels: Record<ImplementingLevel, { vi: string; en: string }> = {
  commune: { vi: 'Cấp xã', en: 'Commune' },
  district: { vi: 'Cấp huyện', en: 'District' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  central: { vi: 'Trung ương', en: 'Central' },
}

/** A document of the dossier (thành phần hồ sơ): how many originals and copies. */
export type DossierDocument = { name: string; originals?: null | number; copies?: null | number }

/** A legal basis (căn cứ pháp lý): the document's number, and its date, title and issuer when given. */
export type LegalBasisDocument = { number: string; date?: null | string; title?: null | string; issuer?: null | string }

/**
 * A procedure's own data as a decision item states it (all optional on an amendment, where only
 * what changed is given). Codes are stored in their short national form.
 */
export type ProcedureData = {
  name?: string
  sector?: string
  level?: ImplementingLevel
  agency?: string
  onlineLevel?: OnlineLevel | null
  partialReason?: string
  channels?: ChannelKind[]
  processingTime?: string
  fees?: string
  result?: string
  requirements?: string
  portalUrl?: string
  /** Phi địa giới: filed anywhere in the province, whatever the applicant's residence. */
  nonTerritorial?: boolean
  /** Liên thông: several agencies handle one dossier. */
  interlinked?: boolean
  /** The named lists the procedure belongs to ("51 thủ tục trọng điểm"), by id. */
  lists?: (number | string)[]
  /** Who may file (đối tượng thực hiện). */
  applicants?: string
  /** Steps (trình tự thực hiện). */
  steps?: string
  /** The whole dossier, replacing the procedure's. */
  dossier?: DossierDocument[]
  /** The whole legal basis, replacing the procedure's. */
  legalBasis?: LegalBasisDocument[]
}

/**
 * The rule of Nghị định 224/2026/NĐ-CP: a partly online service publishes why it is not wholly
 * online, and a reason belongs to no other level (an amendment that leaves the level unsaid is not judged).
 */
export const partialReasonProblem = ({ onlineLevel, partialReason }: Pick<ProcedureData, 'onlineLevel' | 'partialReason'>): 'missing' | 'notPartial' | null => {
  const given = Boolean(partialReason?.trim())
  if (onlineLevel === 'mot_phan') return given ? null : 'missing'
  return onlineLevel !== undefined && given ? 'notPartial' : null
}

/** One item of a decision, as stored on `procedure-announcements` and as the annex import yields it. */
export type AnnouncementItem = {
  kind: ItemKind
  /** The procedure the item creates (new) or names (amended, replaced, repealed), short form. */
  code: string
  /** The provincial long form when the annex gave one (`1.000894.000.00.00.H29`). */
  fullCode?: string
  /** replaced only: the procedure that takes its place, short form. */
  replacementCode?: string
  /** amended: what changed, in words; optional otherwise. */
  changes?: string
  /** yyyy-mm-dd; the decision's own effective date when absent. */
  effectiveDate?: string
  data?: ProcedureData
  /** The annex names lists by name; the import looks them up and gives `data.lists`. */
  listNames?: string[]
}
