import { dictionary } from '@zxcvbn-ts/language-common'

export type PasswordProblem = { reason: 'too-short'; minLength: number } | { reason: 'too-common' }

let common: Set<string> | undefined
// About 49,000 passwords seen most often in leaks (zxcvbn-ts); decompressed once, on first use.
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common']))

/**
 * Whether a new password is long enough and not one of the commonest: checked as typed (case
 * folded) and without the digits and signs people tack on the end ("Password2026!").
 */
export const passwordProblem = (password: string, minLength: number): PasswordProblem | null => {
  if ([...password].length < minLength) return { reason: 'too-short', minLength }
  const folded = password.toLowerCase()
  const stem = folded.replace(/[\d\W_]+$/u, '')
  const list = commonPasswords()
  if (list.has(folded) || (stem.length >= 4 && list.has(stem))) return { reason: 'too-common' }
  return null
}
