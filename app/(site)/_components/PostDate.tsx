import { formatDay } from '../_lib/vietnameseDates.ts'

/** A post's publication day, dd/mm/yyyy in Vietnam, machine-readable in `datetime`. */
export const PostDate = ({ value }: { value: string | null | undefined }) =>
  value ? <time dateTime={value}>{formatDay(value)}</time> : null
