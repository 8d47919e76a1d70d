import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  file: File | null;
  onPick: (file: File | null) => void;
  testId: string;
};

/** A file chooser worded in the UI language (the native one speaks the browser's). */
export function FilePick({ label, file, onPick, testId }: Props) {
  const { t } = useTranslation();
  return (
    <label className="file-pick">
      <span>{label}</span>
      <span className="file-pick-row">
        <input
          type="file"
          className="visually-hidden"
          data-testid={testId}
          onChange={(e) => onPick(e.target.files?.[0] ?? null)}
        />
        <span className="file-pick-button" aria-hidden="true">
          {t('projects.import.choose')}
        </span>
        {file ? (
          <span className="user-content">{file.name}</span>
        ) : (
          <span className="muted">{t('projects.import.noFile')}</span>
        )}
      </span>
    </label>
  );
}
