import { type I18n, type I18nOptions, initI18n } from '@payloadcms/translations'

import { withTranslations } from '../../src/translations/withTranslations.ts'

/** Payload's i18n in one language with the plugin's messages, as a request in that language has it. */
export const i18nIn = async (language: 'en' | 'vi') => {
  // The plugin's options type the translations loosely (any namespace); Payload's own type names its keys.
  const config = withTranslations() as I18nOptions
  const i18n = (await initI18n({ config, context: 'api', language })) as I18n
  return { i18n, t: i18n.t }
}

const vi = await i18nIn('vi')
const en = await i18nIn('en')

/**
 * The words of a pure module's problem in both languages, "vi / en", for the tests that check a
 * refusal says why in Vietnamese and in English.
 */
export const inBothLanguages = (word: (from: typeof vi) => string): string => `${word(vi)} / ${word(en)}`

/** Letters only Vietnamese writes: a message with one is in Vietnamese (the default), one without in English. */
export const vietnameseLetters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i
