import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { periodicRecordFields } from '../../fields/periodicRecord.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { copyStartsAs } from '../../hooks/copyStartsAs.ts'
import { fillPeriod } from '../../hooks/fillPeriod.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { setResultTitle } from '../../hooks/setResultTitle.ts'
import { uniqueRecord } from '../../hooks/uniqueRecord.ts'
import { overrideName, type ReportFigureName, reportFigureNames } from '../../lib/reportFigures.ts'
import { reportStateLabels, reportStates } from '../../lib/reportWorkflow.ts'
import { adminGroups } from '../adminGroups.ts'
import { reportsOverviewEndpoint } from './endpoints/overview.ts'
import { applyReportWorkflow } from './hooks/applyReportWorkflow.ts'
import { prefillReportFigures } from './hooks/prefillReportFigures.ts'
import { requireInternalAttachments } from './hooks/requireInternalAttachments.ts'
import { setReportLateness } from './hooks/setReportLateness.ts'
import { notifyChanges, reportEvent } from '../../hooks/notifyChanges.ts'

const figureLabels: Record<ReportFigureName, { vi: string; en: string }> = {
  articles: { vi: 'Tin, bài viết đã đăng', en: 'Articles published' },
  photoStories: { vi: 'Phóng sự ảnh đã đăng', en: 'Photo stories published' },
  videos: { vi: 'Video đã đăng', en: 'Videos published' },
  audios: { vi: 'Âm thanh đã đăng', en: 'Audio published' },
  postsTotal: { vi: 'Tổng số bài đã đăng', en: 'Posts published' },
  views: { vi: 'Lượt xem các bài', en: 'Views of those posts' },
  announcements: { vi: 'Công bố TTHC đã đăng', en: 'Announcements posted' },
  radioItems: { vi: 'Tin phát trên đài truyền thanh', en: 'Radio items aired' },
  radioMinutes: { vi: 'Số phút phát trên đài truyền thanh', en: 'Radio minutes aired' },
}

const serverSet = (name: string, type: 'date' | 'checkbox', label: { vi: string; en: string }): Field =>
  ({
    name,
    type,
    label,
    index: true,
    ...(type === 'checkbox' ? { defaultValue: false } : {}),
    admin: {
      position: 'sidebar',
      readOnly: true,
      ...(type === 'date' ? { date: dayAndTime } : {}),
    },
  }) as Field

/**
 * Each unit's periodic report of CCHC propaganda (báo cáo định kỳ) to the People's Committee
 * through the coordinator unit, with its period, due date and the figures the CMS already knows.
 */
export const reportsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.reports
  const fields = fieldRights['cchc-reports']
  const dates = { create: fieldGrant(options, fields.periodDates.create), update: fieldGrant(options, fields.periodDates.update) }

  return {
    slug,
    labels: {
      singular: { vi: 'Báo cáo CCHC', en: 'CCHC report' },
      plural: { vi: 'Báo cáo định kỳ CCHC', en: 'CCHC periodic reports' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'unit', 'reportState', 'dueDate', 'submittedAt', 'late', 'overdue'],
      group: adminGroups.reform,
      ...(options.adminComponents.workflowActions
        ? { components: { edit: { beforeDocumentControls: [{ path: options.adminComponents.workflowActions, serverProps: { options, workflow: 'report' } }] } } }
        : {}),
      description: {
        vi: 'Báo cáo kết quả tuyên truyền CCHC theo quý, 6 tháng, năm, gửi UBND xã qua Phòng Văn hóa - Xã hội trước ngày 5 tháng cuối kỳ.',
        en: 'Quarterly, half-yearly and yearly reports of CCHC propaganda, sent to the People’s Committee through the coordinator before the 5th of the period’s last month.',
      },
    },
    defaultSort: '-dueDate',
    access: accessFrom(options, rights['cchc-reports']),
    endpoints: [reportsOverviewEndpoint(options)],
    hooks: {
      // A coordinator's accept and the unit's own save of one report run one after the other.
      beforeOperation: [serializeUpdates],
      beforeChange: [
        // The workflow first: it puts back what the caller may not change, period included.
        applyReportWorkflow(options),
        fillPeriod(options, { due: true, handSetDates: true }),
        setReportLateness,
        uniqueRecord({ key: (data, unit) => `${data.periodKey}|${unit}`, path: 'periodNumber', message: 'duplicateReport' }),
        requireInternalAttachments(options),
        prefillReportFigures(options),
        setResultTitle(options),
      ],
      afterChange: [notifyChanges(options, reportEvent)],
    },
    fields: periodicRecordFields(
      options,
      {
        unit: {
          description: {
            vi: 'Đơn vị luôn báo cáo cho chính mình; Phòng Văn hóa - Xã hội có thể lập báo cáo đột xuất cho đơn vị khác.',
            en: 'A unit always reports for itself; the coordinator may open an ad hoc report for another unit.',
          },
          choice: { choosers: ['coordinator', 'administrator'] },
        },
        period: { due: true, dates },
      },
      [
        {
          name: 'reportState',
          type: 'select',
          // Not `required`: the server always sets it (a GraphQL create need not send it).
          defaultValue: 'draft',
          index: true,
          label: { vi: 'Trạng thái', en: 'State' },
          options: selectOptions(reportStates, reportStateLabels),
          hooks: { beforeDuplicate: [copyStartsAs('draft')] },
          admin: {
            position: 'sidebar',
            // Changed with the buttons above the form, which offer only the steps the person may take.
            readOnly: Boolean(options.adminComponents.workflowActions),
            description: options.adminComponents.workflowActions
              ? {
                  vi: 'Đổi bằng các nút phía trên: đơn vị Gửi báo cáo; Phòng Văn hóa - Xã hội Tiếp nhận hoặc Trả lại kèm lý do.',
                  en: 'Changed with the buttons above: the unit submits; the coordinator accepts or returns it with a reason.',
                }
              : {
                  vi: 'Đơn vị chọn "Đã gửi" để nộp; Phòng Văn hóa - Xã hội tiếp nhận hoặc trả lại kèm lý do.',
                  en: 'The unit chooses "Submitted" to file it; the coordinator accepts it or returns it with a reason.',
                },
          },
        },
        {
          name: 'returnReason',
          type: 'textarea',
          label: { vi: 'Lý do trả lại', en: 'Reason for return' },
          // Written in the "Trả lại" button's box when the buttons are on; cleared when the report moves on.
          admin: { position: 'sidebar', readOnly: Boolean(options.adminComponents.workflowActions) },
          hooks: { beforeDuplicate: [copyStartsAs(null)] },
          access: { create: fieldGrant(options, fields.returnReason.create), update: fieldGrant(options, fields.returnReason.update) },
        },
        serverSet('submittedAt', 'date', { vi: 'Gửi lúc', en: 'Submitted at' }),
        serverSet('reviewedAt', 'date', { vi: 'Xử lý lúc', en: 'Reviewed at' }),
        serverSet('late', 'checkbox', { vi: 'Nộp muộn', en: 'Late' }),
        serverSet('overdue', 'checkbox', { vi: 'Quá hạn chưa nộp', en: 'Overdue' }),
        { name: 'narrative', type: 'richText', label: { vi: 'Nội dung báo cáo', en: 'Narrative' } },
        {
          name: 'attachments',
          type: 'upload',
          relationTo: options.slugs.media,
          hasMany: true,
          label: { vi: 'Tệp đính kèm (nội bộ)', en: 'Attachments (internal)' },
          filterOptions: { internal: { equals: true } },
          admin: {
            description: {
              vi: 'Chỉ tệp đánh dấu "Chỉ dùng nội bộ"; không bao giờ công khai.',
              en: 'Internal files only; never public.',
            },
          },
        },
        {
          name: 'figures',
          type: 'group',
          label: { vi: 'Số liệu trong kỳ', en: 'Figures for the period' },
          admin: {
            description: {
              vi: 'Cột trái do hệ thống tính từ dữ liệu của đơn vị (khóa lại khi gửi); cột phải để đơn vị nhập số của mình nếu khác.',
              en: 'Left: computed from the unit’s data in the CMS (frozen on submission); right: the unit’s own figure where it differs.',
            },
          },
          fields: reportFigureNames.map((name) => ({
            type: 'row' as const,
            fields: [
              { name, type: 'number' as const, custom: wholeNumber, label: figureLabels[name], admin: { readOnly: true } },
              { name: overrideName(name), type: 'number' as const, min: 0, custom: wholeNumber, label: { vi: 'Số đơn vị báo cáo', en: 'Unit’s figure' } },
            ],
          })),
        },
      ],
    ),
  }
}
