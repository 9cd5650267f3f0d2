/** What an audit entry calls a write, and which fields it names as changed. */
import { describe, expect, it } from 'vitest'

import { actionOfChange, changedFields } from '../src/lib/auditActions.ts'

describe('actionOfChange', () => {
  const update = (before: Record<string, unknown>, after: Record<string, unknown>, draftSave = false) =>
    actionOfChange({ operation: 'update', before, after, draftSave })

  it('names the editorial steps of a post', () => {
    expect(update({ workflowState: 'draft' }, { workflowState: 'in_review' })).toBe('submit')
    expect(update({ workflowState: 'in_review', _status: 'draft' }, { workflowState: 'published', _status: 'published' })).toBe('approve')
    expect(update({ workflowState: 'in_review' }, { workflowState: 'changes_requested' })).toBe('reject')
    expect(update({ workflowState: 'draft', _status: 'draft' }, { workflowState: 'published', _status: 'published' })).toBe('publish')
    expect(update({ workflowState: 'published', _status: 'published' }, { workflowState: 'draft', _status: 'draft' })).toBe('unpublish')
    expect(update({ workflowState: 'published', _status: 'published' }, { workflowState: 'archived', _status: 'draft' })).toBe('archive')
  })

  it('names the steps of a report and of documents with only `_status`', () => {
    expect(update({ reportState: 'draft' }, { reportState: 'submitted' })).toBe('submit')
    expect(update({ reportState: 'submitted' }, { reportState: 'accepted' })).toBe('approve')
    expect(update({ reportState: 'submitted' }, { reportState: 'returned' })).toBe('reject')
    expect(update({ _status: 'draft' }, { _status: 'published' })).toBe('publish')
  })

  it('reads a draft save’s `_status` as the version’s, not an unpublish', () => {
    expect(update({ workflowState: 'published', _status: 'published' }, { workflowState: 'published', _status: 'draft' }, true)).toBe('update')
    expect(update({ workflowState: 'draft', _status: 'draft' }, { workflowState: 'in_review', _status: 'draft' }, true)).toBe('submit')
  })

  it('calls a create that publishes or submits by that name', () => {
    expect(actionOfChange({ operation: 'create', before: null, after: { _status: 'published' } })).toBe('publish')
    expect(actionOfChange({ operation: 'create', before: null, after: { workflowState: 'in_review' } })).toBe('submit')
    expect(actionOfChange({ operation: 'create', before: null, after: { workflowState: 'draft', _status: 'draft' } })).toBe('create')
  })
})

describe('changedFields', () => {
  it('compares populated documents by id and array rows by content', () => {
    const before = { title: 'A', coverImage: 3, topics: [1, 2], items: [{ id: 'r1', code: '1.000001' }], unit: 5 }
    const after = {
      title: 'A',
      coverImage: { id: 3, createdAt: '2026-01-01', url: '/x.jpg' },
      topics: [{ id: 1, updatedAt: 'x' }, { id: 2, updatedAt: 'y' }],
      items: [{ id: 'r1', code: '1.000002' }],
      unit: { id: 6, createdAt: 'z' },
    }
    expect(changedFields(before, after, ['title', 'coverImage', 'topics', 'items', 'unit'])).toEqual(['items', 'unit'])
  })

  it('treats missing, null and empty lists alike', () => {
    expect(changedFields({ a: null, b: [] }, { b: null }, ['a', 'b', 'c'])).toEqual([])
  })
})
