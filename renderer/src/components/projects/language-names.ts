/** Language pairs a project can declare; names come from Intl in the UI language, not from a catalogue. */
export const PROJECT_LANGUAGES = [
  'ru',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'uk',
  'pl',
  'tr',
  'zh',
  'ja',
  'ko',
  'ar',
] as const;

export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
