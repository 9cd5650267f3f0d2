import type { PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import type { AnnexProblem } from '../lib/annexCsv.ts'
import type { ItemProblem } from '../lib/announcementPlan.ts'

import { type AnnexColumnKey, annexColumns, columnOf } from '../lib/annexColumns.ts'
import { procedureCodeMessage } from './legalProblems.ts'
import { type MessageKey, t } from './translate.ts'

/** What translates and in which language: the request. */
type From = Pick<PayloadRequest, 'i18n' | 't'>

const itemMessages = {
  exists: 'itemExists',
  unknown: 'itemUnknown',
  repealed: 'itemRepealed',
  self: 'itemSelf',
  replacementLate: 'itemReplacementLate',
  replacementMissing: 'itemReplacementMissing',
  replacementNotForKind: 'itemReplacementNotForKind',
  changesMissing: 'itemChangesMissing',
  nameMissing: 'itemNameMissing',
  sectorMissing: 'itemSectorMissing',
  partialReasonMissing: 'partialReasonRequired',
  partialReasonNotPartial: 'itemPartialReasonNotPartial',
  noEffectiveDate: 'itemNoEffectiveDate',
} as const satisfies Record<Exclude<ItemProblem['reason'], 'twice' | 'replacementRemoved'>, MessageKey>

/**
 * Why a decision's item cannot be applied. `other` (an item that names the same procedure) is an
 * item of the decision (`item`, counted from 1) or a row of its annex file (`row`, as numbered).
 */
export const itemProblemMessage = (from: From, problem: ItemProblem, place: 'item' | 'row'): string => {
  switch (problem.reason) {
    case 'twice':
    case 'replacementRemoved': {
      const other = place === 'item' ? t(from, 'placeItem', { number: problem.other + 1 }) : t(from, 'placeRow', { number: problem.other })
      if (problem.reason === 'twice') return t(from, 'itemTwice', { code: problem.code, other })
      return t(from, problem.by === 'replaced' ? 'itemReplacementReplaced' : 'itemReplacementRepealed', { code: problem.code, other })
    }
    case 'exists':
    case 'unknown':
    case 'repealed':
    case 'self':
    case 'replacementLate':
      return t(from, itemMessages[problem.reason], { code: problem.code })
    default:
      return t(from, itemMessages[problem.reason])
  }
}

const bothNames = (key: AnnexColumnKey) => `«${columnOf(key).vi}» (${columnOf(key).en})`

const cellMessages = {
  unknownKind: 'annexUnknownKind',
  unknownLevel: 'annexUnknownLevel',
  unknownOnlineLevel: 'annexUnknownOnlineLevel',
  unknownChannel: 'annexUnknownChannel',
  invalidLink: 'annexInvalidLink',
  invalidDate: 'annexInvalidDate',
  unknownYesNo: 'annexUnknownYesNo',
  legalBasisNumber: 'annexLegalBasisNumber',
} as const satisfies Record<string, MessageKey>

/** Why an annex file, one of its headers or one of its cells was refused, in the request's language. */
export const annexProblemMessage = (from: From, problem: AnnexProblem): string => {
  switch (problem.reason) {
    case 'notUtf8':
      return t(from, 'annexNotUtf8')
    case 'empty':
      return t(from, 'annexEmpty')
    case 'noRows':
      return t(from, 'annexNoRows')
    case 'malformed':
      return t(from, 'annexMalformed', { line: problem.line ?? '?' })
    case 'tooManyRows':
      return t(from, 'annexTooManyRows', { rows: problem.rows, max: problem.max })
    case 'headerlessData':
      return t(from, 'annexHeaderlessData', { column: problem.column })
    case 'beyondColumns':
      return t(from, 'annexBeyondColumns', { column: problem.column })
    case 'unknownColumn': {
      const known = getTranslation({ vi: annexColumns.map((column) => column.vi).join(', '), en: annexColumns.map((column) => column.en).join(', ') }, from.i18n)
      return t(from, 'annexUnknownColumn', { header: problem.header, known })
    }
    case 'repeatedColumn':
      return t(from, 'annexRepeatedColumn', { header: problem.header, earlier: problem.earlier, column: bothNames(problem.key) })
    case 'missingColumn': {
      const column = columnOf(problem.key)
      return t(from, 'annexMissingColumn', { column: getTranslation({ vi: column.vi, en: column.en }, from.i18n), headers: column.headers.join(', ') })
    }
    case 'moreErrors':
      return t(from, 'annexMoreErrors', { count: problem.count })
    case 'kindMissing':
      return t(from, 'annexKindMissing')
    case 'codeMissing':
      return t(from, 'annexCodeMissing')
    case 'procedureCode':
      return procedureCodeMessage(from, problem.problem)
    case 'unknownKind':
    case 'unknownLevel':
    case 'unknownOnlineLevel':
    case 'unknownChannel':
    case 'invalidLink':
    case 'invalidDate':
    case 'unknownYesNo':
    case 'legalBasisNumber':
      return t(from, cellMessages[problem.reason], { cell: problem.cell })
    case 'unknownList':
      return t(from, 'annexUnknownList', { name: problem.name })
    default:
      return itemProblemMessage(from, problem, 'row')
  }
}
