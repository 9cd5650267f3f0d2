import type { I18nOptions } from '@payloadcms/translations'

import { en as english } from '@payloadcms/translations/languages/en'
import { vi as vietnamese } from '@payloadcms/translations/languages/vi'

import { en } from './en.ts'
import { vi } from './vi.ts'

/**
 * The host's i18n with the plugin's messages merged in under `cchc` for every language it supports
 * (English for any but Vietnamese), Vietnamese among the languages, and Vietnamese as the fallback
 * unless the host chose one.
 */
export const withTranslations = (i18n: I18nOptions<object> = {}): I18nOptions<object> => {
  const supportedLanguages = { ...(i18n.supportedLanguages ?? { en: english }), vi: i18n.supportedLanguages?.vi ?? vietnamese }
  const translations: NonNullable<I18nOptions<object>['translations']> = { ...i18n.translations }
  for (const language of Object.keys(supportedLanguages) as (keyof typeof supportedLanguages)[]) {
    translations[language] = { ...translations[language], cchc: language === 'vi' ? vi : en }
  }
  // Payload's Vietnamese says "Những fields sau" (half English) before the names of invalid fields,
  // and "đúng"/"sai" (true/false) in a yes/no column, where staff say "có"/"không".
  translations.vi = {
    ...translations.vi,
    general: { true: 'Có', false: 'Không', ...(translations.vi as { general?: object } | undefined)?.general },
    error: {
      followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
      followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
      ...(translations.vi as { error?: object } | undefined)?.error,
    },
  }
  return { ...i18n, fallbackLanguage: i18n.fallbackLanguage ?? 'vi', supportedLanguages, translations }
}
