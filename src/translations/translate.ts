import type { TFunction } from '@payloadcms/translations'

import type { en } from './en.ts'
import type { vi } from './vi.ts'

type Plural = '_one' | '_other'
type Stored = keyof typeof vi
/** A message's key as it is asked for: a plural one by its base (Payload picks `_one` / `_other` by `count`). */
export type MessageKey = Stored extends infer K ? (K extends `${infer Base}${Plural}` ? Base : K) : never
/** Every language holds every message (en.ts is checked against this). */
export type Messages = { [K in Stored]: string }

type Placeholders<Text> = Text extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never
type Text<K extends MessageKey> = K extends Stored ? (typeof vi)[K] : (typeof vi)[`${K}_other` & Stored]
type Values<K extends MessageKey> = { [Name in Placeholders<Text<K>>]: number | string }

// English uses the placeholders Vietnamese does, and no other: a missing value would be shown as `{{name}}`.
type Disagreeing = { [K in Stored]: [Placeholders<(typeof en)[K]>] extends [Placeholders<(typeof vi)[K]>] ? never : K }[Stored]
const placeholdersAgree: [Disagreeing] extends [never] ? true : Disagreeing = true
void placeholdersAgree

/** What translates in the request's language: a request (`req.t`) or Payload's `i18n`, on the server or in the admin. */
export type Translator = { t: TFunction<never> }

/**
 * A message of the plugin in the language of `from` (the admin user's language from Payload's
 * `payload-lng` cookie, else `Accept-Language`, else the fallback language, Vietnamese by default).
 */
export const t = <K extends MessageKey>(from: Translator, key: K, ...[values]: keyof Values<K> extends never ? [] : [Values<K>]): string =>
  // Payload types `t` for its own keys; ours live under the `cchc` namespace (withTranslations.ts).
  (from.t as (key: string, values?: Record<string, unknown>) => string)(`cchc:${key}`, values)

/** A count as the request's language writes it: 10.000 in Vietnamese; English keeps the digits. */
export const formatCount = (from: { i18n?: { language?: string } }, count: number): string =>
  from.i18n?.language === 'vi' ? count.toLocaleString('vi-VN') : String(count)
