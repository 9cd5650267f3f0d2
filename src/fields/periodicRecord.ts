import type { Field } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type DateAccess, periodFields } from './periodFields.ts'
import { type UnitChoice, unitField } from './unitField.ts'

type Label = { vi: string; en: string }

/**
 * What every record a unit keeps per period has (results of procedure handling, reports): a title
 * the server writes (hooks/setResultTitle.ts), its unit, the period (hooks/fillPeriod.ts), the
 * record's own `fields`, and the key that keeps it one per unit and period (hooks/uniqueRecord.ts).
 * The unit is settled before the collection's hooks run, since they key the record by it.
 */
export const periodicRecordFields = (
  options: ResolvedOptions,
  { unit, period }: { unit: { description: Label; choice: Omit<UnitChoice, 'stage'> }; period: { due: boolean; dates?: DateAccess } },
  fields: Field[],
): Field[] => [
  { name: 'title', type: 'text', label: { vi: 'Tên', en: 'Title' }, admin: { readOnly: true, hidden: true } },
  unitField(options, { required: true, admin: { position: 'sidebar', description: unit.description } }, { ...unit.choice, stage: 'beforeValidate' }),
  ...periodFields(period),
  ...fields,
  { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
]
