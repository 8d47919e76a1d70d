import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../core/api';
import { callApi, errorMessage } from '../../api/call';
import { useApi } from '../../api/context';

function download(name: string, blob: Blob): void {
  // A download in the browser; in Electron the same link opens the native save dialog.
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function base64Blob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes]);
}

/** Every export format the store offers; the file is downloaded (or saved via a dialog in Electron). */
export function ExportMenu({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [includeChrome, setIncludeChrome] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    try {
      const file = await callApi(api, 'document.export', { documentId, format, includeChrome });
      const blob =
        'base64' in file
          ? base64Blob(file.base64)
          : new Blob([file.content], { type: 'text/plain' });
      download(file.name, blob);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{t('grid.export.title')}</summary>
      <div className="menu-panel">
        <label className="inline">
          <input
            type="checkbox"
            checked={includeChrome}
            onChange={(e) => setIncludeChrome(e.target.checked)}
          />
          <span>{t('grid.export.includeChrome')}</span>
        </label>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button type="button" onClick={() => void run(format)} data-format={format}>
                {t(`grid.export.format.${format}`)}
              </button>
            </li>
          ))}
        </ul>
        {error && <p role="alert">{t('grid.export.error', { message: error })}</p>}
      </div>
    </details>
  );
}
