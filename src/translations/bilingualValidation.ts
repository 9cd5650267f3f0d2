import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

/**
 * Payload's own field errors ("required", "too long", "invalid selection"…) in Vietnamese and
 * English together, like the plugin's own messages, so an API client that sends no language
 * still gets the English reason beside the Vietnamese one.
 */
export const bilingualValidation: Record<string, string> = Object.fromEntries(
  Object.entries(vi.translations.validation).map(([key, message]) => {
    const english = (en.translations.validation as Record<string, string>)[key]
    return [key, english && english !== message ? `${message.replace(/^'|'$/g, '')} / ${english}` : message]
  }),
)
