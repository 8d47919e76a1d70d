import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** Switches the UI language; i18next's detector caches the choice so it survives a reload. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <label className="language-switch">
      <span>{t('settings.language.label')}</span>
      <select
        data-testid="language-switch"
        value={current}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {t(`settings.language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
