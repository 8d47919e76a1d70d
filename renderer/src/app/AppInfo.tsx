import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Res } from '../../../core/api';
import { useApi } from '../api/context';

/** Name, mode and version as the backend reports them through `app.info`. */
export function AppInfo() {
  const { t } = useTranslation();
  const api = useApi();
  const [info, setInfo] = useState<Res<'app.info'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.call('app.info', {}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setError(result.error.message);
    });
  }, [api]);

  if (error) return <p role="alert">{t('app.info.error', { message: error })}</p>;
  if (!info) return <p>{t('app.info.loading')}</p>;
  return (
    <dl className="app-info" data-testid="app-info">
      <dt>{t('app.info.mode')}</dt>
      <dd data-testid="app-mode">
        {info.mode === 'electron' ? t('app.info.modeElectron') : t('app.info.modeBrowser')}
      </dd>
      <dt>{t('app.info.version')}</dt>
      <dd data-testid="app-version">{info.version}</dd>
    </dl>
  );
}
