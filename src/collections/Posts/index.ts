import type { CollectionConfig, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { interestCounterFields } from '../../fields/counter.ts'
import { dayAndTime, publishedAtField } from '../../fields/dateDisplay.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { unitField } from '../../fields/unitField.ts'
import { copyStartsAs } from '../../hooks/copyStartsAs.ts'
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts'
import { rememberDraftSave } from '../../hooks/rememberDraftSave.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { uniqueSlug } from '../../hooks/uniqueSlug.ts'
import { isAllowedLink } from '../../lib/allowedLink.ts'
import { workflowStateLabels, workflowStates } from '../../lib/workflow.ts'
import { t } from '../../translations/translate.ts'
import { adminGroups } from '../adminGroups.ts'
import { ratingEndpoints, viewEndpoint } from '../../endpoints/interest.ts'
import { dropPendingPublications, scheduledAtOf } from '../../services/schedulePublication.ts'
import { scheduleEndpoints } from './endpoints/schedule.ts'
import { searchPostsEndpoint } from './endpoints/search.ts'
import { applyWorkflow } from './hooks/applyWorkflow.ts'
import { recordDraftTransition } from './hooks/recordDraftTransition.ts'
import { setAuthor, setAuthorName } from './hooks/setAuthor.ts'
import { setSearchText } from './hooks/setSearchText.ts'
import { notifyChanges, postEvent } from '../../hooks/notifyChanges.ts'

const formatLabels = {
  article: { vi: 'Bài viết', en: 'Article' },
  photo: { vi: 'Phóng sự ảnh', en: 'Photo story' },
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Âm thanh', en: 'Audio' },
} as const

const showFor =
  (...formats: string[]) =>
  (data: Record<string, unknown>) =>
    formats.includes(String(data?.format))

/** The CCHC column: articles, photo stories, videos and audio, with the editorial workflow. */
export const postsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.posts
  const row = rights['cchc-posts']
  const fields = fieldRights['cchc-posts']
  const media = options.slugs.media
  return {
    slug,
    labels: {
      singular: { vi: 'Bài CCHC', en: 'CCHC post' },
      plural: { vi: 'Bài viết CCHC', en: 'CCHC posts' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'format', 'unit', 'workflowState', 'scheduledAt', 'publishedAt'],
      listSearchableFields: ['title', 'excerpt', 'slug'],
      group: adminGroups.reform,
      description: {
        vi: 'Tin, bài, phóng sự ảnh, video, âm thanh của chuyên mục CCHC. Bài chờ duyệt hiện ở Bảng điều khiển.',
        en: 'News, articles, photo stories, video and audio of the CCHC column. Posts awaiting review are on the dashboard.',
      },
      ...(options.adminComponents.workflowActions
        ? { components: { edit: { beforeDocumentControls: [{ path: options.adminComponents.workflowActions, serverProps: { options } }] } } }
        : {}),
    },
    defaultSort: '-publishedAt',
    // The public hot path: published posts, newest first.
    indexes: [{ fields: ['_status', 'publishedAt'] }],
    versions: {
      maxPerDoc: 50,
      // validate: a draft needs its title too, so "+" opens a form saved once it has one (Payload
      // then shows "Lưu bản nháp" and autosaves only after), instead of creating an empty draft at once.
      // The schedule drawer lists times as the commune reads them (14:35, not "2:35 CH").
      drafts: { autosave: { interval: 2000 }, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 }, validate: true },
    },
    access: accessFrom(options, row),
    endpoints: [searchPostsEndpoint(options), ...scheduleEndpoints(options), viewEndpoint(options, 'post'), ...ratingEndpoints(options, 'post')],
    hooks: {
      beforeOperation: [rememberDraftSave, publicReadsPublished(options), serializeUpdates],
      beforeChange: [applyWorkflow(options), setSearchText],
      afterChange: [recordDraftTransition, dropPendingPublications(options), notifyChanges(options, postEvent)],
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 250,
        label: { vi: 'Tiêu đề', en: 'Title' },
      },
      {
        name: 'slug',
        type: 'text',
        unique: true,
        index: true,
        label: { vi: 'Đường dẫn', en: 'Slug' },
        admin: {
          position: 'sidebar',
          description: {
            vi: 'Tạo từ tiêu đề, bỏ dấu; không đổi sau khi đã đăng.',
            en: 'Made from the title without diacritics; fixed once published.',
          },
        },
        hooks: { beforeValidate: [uniqueSlug(slug, 'title')] },
      },
      {
        name: 'excerpt',
        type: 'textarea',
        maxLength: 400,
        label: { vi: 'Sapo', en: 'Excerpt' },
        admin: { description: { vi: 'Tóm tắt ngắn, tối đa 400 ký tự.', en: 'Short summary, at most 400 characters.' } },
      },
      {
        name: 'format',
        type: 'select',
        required: true,
        defaultValue: 'article',
        index: true,
        label: { vi: 'Thể loại', en: 'Format' },
        options: selectOptions(['article', 'photo', 'video', 'audio'], formatLabels),
        admin: { position: 'sidebar' },
      },
      {
        name: 'coverImage',
        type: 'upload',
        relationTo: media,
        label: { vi: 'Ảnh đại diện', en: 'Cover image' },
      },
      { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
      {
        name: 'gallery',
        type: 'upload',
        relationTo: media,
        hasMany: true,
        label: { vi: 'Bộ ảnh', en: 'Gallery' },
        admin: { condition: showFor('photo') },
      },
      {
        name: 'videoFile',
        type: 'upload',
        relationTo: media,
        label: { vi: 'Tệp video', en: 'Video file' },
        admin: { condition: showFor('video') },
      },
      {
        name: 'videoUrl',
        type: 'text',
        label: { vi: 'Liên kết video', en: 'Video link' },
        admin: {
          condition: showFor('video'),
          description: { vi: `Chỉ các trang: ${options.videoHosts.join(', ')}`, en: `Only: ${options.videoHosts.join(', ')}` },
        },
        validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
          !value || isAllowedLink(value, options.videoHosts) ? true : t(req, 'videoHost', { hosts: options.videoHosts.join(', ') }),
      },
      {
        name: 'audioFile',
        type: 'upload',
        relationTo: media,
        label: { vi: 'Tệp âm thanh', en: 'Audio file' },
        admin: { condition: showFor('audio') },
      },
      {
        name: 'transcript',
        type: 'textarea',
        label: { vi: 'Bản ghi lời / phụ đề', en: 'Transcript or captions' },
        admin: { condition: showFor('video', 'audio') },
      },
      {
        name: 'topics',
        type: 'relationship',
        relationTo: options.slugs.topics,
        hasMany: true,
        index: true,
        label: { vi: 'Chuyên mục', en: 'Topics' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'relatedProcedures',
        type: 'relationship',
        relationTo: options.slugs.procedures,
        hasMany: true,
        index: true,
        label: { vi: 'Thủ tục liên quan', en: 'Related procedures' },
        admin: {
          position: 'sidebar',
          description: { vi: 'Bài hướng dẫn, giới thiệu thủ tục nào.', en: 'The procedures this post explains.' },
        },
      },
      unitField(options, { label: { vi: 'Đơn vị nguồn', en: 'Source unit' } }),
      {
        name: 'author',
        type: 'relationship',
        relationTo: options.authCollection,
        label: { vi: 'Người tạo', en: 'Author' },
        // Staff read each other's names (rights: users), so the admin shows who, not "ID: 4".
        admin: { position: 'sidebar', readOnly: true },
        access: { read: fieldGrant(options, fields.staff.read) },
        hooks: { beforeChange: [setAuthor] },
      },
      {
        name: 'authorName',
        type: 'text',
        label: { vi: 'Tên người tạo', en: 'Author’s name' },
        // The name as it was, for the record (an account may be deleted); the admin shows `author`.
        admin: { position: 'sidebar', readOnly: true, hidden: true },
        access: { read: fieldGrant(options, fields.staff.read) },
        hooks: { beforeChange: [setAuthorName] },
      },
      {
        name: 'byline',
        type: 'text',
        label: { vi: 'Bút danh / tác giả hiển thị', en: 'Public byline' },
      },
      {
        name: 'featured',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { vi: 'Tin nổi bật', en: 'Featured' },
        admin: { position: 'sidebar' },
        access: {
          read: fieldGrant(options, fields.featured.read),
          create: fieldGrant(options, fields.featured.create),
          update: fieldGrant(options, fields.featured.update),
        },
      },
      {
        name: 'workflowState',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        label: { vi: 'Trạng thái biên tập', en: 'Editorial state' },
        options: selectOptions(workflowStates, workflowStateLabels),
        hooks: { beforeDuplicate: [copyStartsAs('draft')] },
        admin: {
          position: 'sidebar',
          // Changed with the buttons above the form, which offer only the steps the person may take.
          readOnly: Boolean(options.adminComponents.workflowActions),
          description: options.adminComponents.workflowActions
            ? {
                vi: 'Đổi bằng các nút phía trên: Gửi duyệt; biên tập viên Duyệt và đăng, Yêu cầu chỉnh sửa, Gỡ bài, Lưu trữ.',
                en: 'Changed with the buttons above: Submit for review; editors Approve and publish, Request changes, Unpublish, Archive.',
              }
            : {
                vi: 'Gửi duyệt: chọn "Chờ duyệt". Chỉ biên tập viên được đăng, gỡ, từ chối, lưu trữ.',
                en: 'To submit, choose "In review". Only editors publish, unpublish, reject or archive.',
              },
        },
      },
      {
        name: 'reviewNote',
        type: 'textarea',
        label: { vi: 'Lý do yêu cầu sửa', en: 'Reason for changes' },
        hooks: { beforeDuplicate: [copyStartsAs(null)] },
        admin: {
          position: 'sidebar',
          // Always shown: the admin autosaves, so an editor writes the reason before choosing "Yêu cầu sửa".
          description: {
            vi: 'Bắt buộc khi yêu cầu sửa; người viết đọc được. Hãy ghi lý do trước khi đổi trạng thái.',
            en: 'Required when sending back; the writer reads it. Write it before changing the state.',
          },
        },
        access: {
          read: fieldGrant(options, fields.staff.read),
          create: fieldGrant(options, fields.reviewNote.create),
          update: fieldGrant(options, fields.reviewNote.update),
        },
      },
      {
        // When Payload's scheduled-publish job will publish the post (the "Lên lịch đăng" button,
        // the schedule drawer): read from the jobs queue, never stored, for staff only.
        name: 'scheduledAt',
        type: 'date',
        virtual: true,
        label: { vi: 'Hẹn giờ đăng', en: 'Scheduled for' },
        admin: {
          position: 'sidebar',
          readOnly: true,
          date: dayAndTime,
          condition: (data: Record<string, unknown>) => Boolean(data?.scheduledAt),
          description: {
            vi: 'Biên tập viên đã lên lịch đăng. Người viết sửa bài thì lịch bị hủy, bài cần được duyệt lại.',
            en: 'An editor has scheduled it. If the writer edits the post, the schedule is cancelled and the post needs review again.',
          },
        },
        access: { read: fieldGrant(options, fields.staff.read) },
        hooks: { afterRead: [scheduledAtOf(options)] },
      },
      publishedAtField(),
      {
        // Folded title, excerpt and byline: search matches "thu tuc" to "thủ tục".
        name: 'searchText',
        type: 'text',
        index: true,
        admin: { hidden: true },
      },
      ...interestCounterFields(),
      {
        // What search engines and link previews (Open Graph) show; each part falls back to the post's own.
        name: 'meta',
        type: 'group',
        label: { vi: 'SEO và chia sẻ', en: 'SEO and sharing' },
        admin: {
          description: {
            vi: 'Để trống: dùng tiêu đề, sapo và ảnh đại diện của bài.',
            en: 'Left empty: the post’s title, excerpt and cover image are used.',
          },
        },
        fields: [
          { name: 'title', type: 'text', maxLength: 100, label: { vi: 'Tiêu đề SEO', en: 'SEO title' } },
          { name: 'description', type: 'textarea', maxLength: 300, label: { vi: 'Mô tả SEO', en: 'SEO description' } },
          { name: 'image', type: 'upload', relationTo: media, label: { vi: 'Ảnh chia sẻ', en: 'Sharing image' } },
        ],
      },
    ],
  }
}
