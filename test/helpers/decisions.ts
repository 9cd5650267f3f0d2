/** `count` procedure codes in a row from `from`, as the national database writes them: 2.000123. */
export const procedureCodes = (from: number, count: number) => Array.from({ length: count }, (_, i) => `2.${String(from + i).padStart(6, '0')}`)

/** A decision's item that announces a new commune-level procedure, complete enough to apply. */
export const newProcedureItem = (code: string) => ({
  kind: 'new',
  code,
  data: { name: `Thủ tục ${code}`, sector: 'Hộ tịch', level: 'commune', channels: ['in_person', 'online'], processingTime: '05 ngày làm việc', fees: 'Không' },
})
