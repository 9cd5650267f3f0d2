import type { Field, FieldHook, TextFieldSingleValidation } from 'payload'

import { parseDocumentNumber } from '../lib/documentNumber.ts'
import { parseProcedureCode } from '../lib/procedureCode.ts'
import { documentNumberMessage, procedureCodeMessage } from '../translations/legalProblems.ts'
import { t } from '../translations/translate.ts'
import { dayOnly } from './dateDisplay.ts'

type Label = { vi: string; en: string }

/** Stores a document number in its canonical form (`367/QĐ-BNV`); leaves a wrong one for validation. */
const normaliseDocumentNumber: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || !value.trim()) return value
  const parsed = parseDocumentNumber(value)
  return parsed.ok ? parsed.value : value
}

const validDocumentNumber: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value || !value.trim()) return required ? t(req, 'required') : true
  const parsed = parseDocumentNumber(value)
  return parsed.ok ? true : documentNumberMessage(req, parsed.problem)
}

/**
 * A Vietnamese document number (số hiệu văn bản): the one parser checks it, spacing and `Đ`/`D`
 * variants are accepted, and the canonical form is what is stored.
 */
export const documentNumberField = (name: string, label: Label, overrides: Record<string, unknown> = {}): Field =>
  ({
    name,
    type: 'text',
    label,
    admin: {
      description: { vi: 'Dạng 367/QĐ-BNV, 63/2010/NĐ-CP.', en: 'Like 367/QĐ-BNV or 63/2010/NĐ-CP.' },
    },
    hooks: { beforeValidate: [normaliseDocumentNumber] },
    validate: validDocumentNumber,
    ...overrides,
  }) as Field

/** Stores a procedure code in its short national form and the provincial long form beside it. */
const normaliseProcedureCode =
  (fullCodeField?: string): FieldHook =>
  ({ siblingData, value }) => {
    if (typeof value !== 'string' || !value.trim()) return value
    const parsed = parseProcedureCode(value)
    if (!parsed.ok) return value
    if (fullCodeField && parsed.fullCode) siblingData[fullCodeField] = parsed.fullCode
    return parsed.code
  }

const validProcedureCode: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value || !value.trim()) return required ? t(req, 'required') : true
  const parsed = parseProcedureCode(value)
  return parsed.ok ? true : procedureCodeMessage(req, parsed.problem)
}

/** A procedure code: `1.000894`, or the provincial `1.000894.000.00.00.H29` kept beside it. */
export const procedureCodeField = (
  name: string,
  label: Label,
  {
    fullCodeField,
    afterNormalising = [],
    ...overrides
  }: Record<string, unknown> & { fullCodeField?: string; afterNormalising?: FieldHook[] } = {},
): Field =>
  ({
    name,
    type: 'text',
    label,
    admin: { description: { vi: 'Dạng 1.000894 hoặc 1.000894.000.00.00.H29.', en: 'Like 1.000894 or 1.000894.000.00.00.H29.' } },
    hooks: { beforeValidate: [normaliseProcedureCode(fullCodeField), ...afterNormalising] },
    validate: validProcedureCode,
    ...overrides,
  }) as Field

/**
 * The legal basis of a procedure (căn cứ pháp lý): the documents it rests on, each by its number,
 * date, title and issuer. A decision's item carries the same list (`overrides`: its short `dbName`).
 */
export const legalBasisField = (overrides: Record<string, unknown> = {}): Field =>
  ({
    name: 'legalBasis',
    type: 'array',
    label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    labels: { singular: { vi: 'Văn bản', en: 'Document' }, plural: { vi: 'Văn bản', en: 'Documents' } },
    fields: [
      {
        type: 'row',
        fields: [
          documentNumberField('number', { vi: 'Số hiệu', en: 'Number' }, { required: true }),
          { name: 'date', type: 'date', label: { vi: 'Ngày ban hành', en: 'Date' }, admin: { date: dayOnly } },
        ],
      },
      { name: 'title', type: 'text', label: { vi: 'Trích yếu', en: 'Title' } },
      { name: 'issuer', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
    ],
    ...overrides,
  }) as Field
