/** A select field's options, in the order of `values`, each with its `{ vi, en }` label. */
export const selectOptions = <T extends string>(values: readonly T[], labels: Record<T, { vi: string; en: string }>) =>
  values.map((value) => ({ label: labels[value], value }))
