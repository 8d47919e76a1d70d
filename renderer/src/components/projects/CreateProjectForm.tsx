import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/call';
import { PROJECT_LANGUAGES, languageName } from './language-names';

type Props = {
  onCreate: (name: string, sourceLang: string, targetLang: string) => Promise<unknown>;
};

/** Name and language pair of a new project. */
export function CreateProjectForm({ onCreate }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [sourceLang, setSourceLang] = useState('ru');
  const [targetLang, setTargetLang] = useState('en');
  const [error, setError] = useState<string | null>(null);
  const ui = i18n.resolvedLanguage ?? 'en';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      await onCreate(name.trim(), sourceLang, targetLang);
      setName('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const languageSelect = (value: string, onChange: (v: string) => void, testId: string) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      {PROJECT_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {languageName(code, ui)}
        </option>
      ))}
    </select>
  );

  return (
    <form
      className="create-project"
      onSubmit={(e) => void submit(e)}
      aria-label={t('projects.create.title')}
    >
      <h2>{t('projects.create.title')}</h2>
      <label>
        <span>{t('projects.create.name')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          data-testid="project-name"
        />
      </label>
      <label>
        <span>{t('projects.create.sourceLang')}</span>
        {languageSelect(sourceLang, setSourceLang, 'project-source-lang')}
      </label>
      <label>
        <span>{t('projects.create.targetLang')}</span>
        {languageSelect(targetLang, setTargetLang, 'project-target-lang')}
      </label>
      <button type="submit" data-testid="project-create">
        {t('projects.create.submit')}
      </button>
      {error && <p role="alert">{t('projects.create.error', { message: error })}</p>}
    </form>
  );
}
