import { useTranslation } from 'react-i18next';
import { AppInfo } from './app/AppInfo';
import { LanguageSwitch } from './components/LanguageSwitch';

export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <h1 data-testid="app-name">{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
      </header>
      <main>
        <AppInfo />
      </main>
    </div>
  );
}
