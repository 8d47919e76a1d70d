import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useHashRoute } from './hooks/use-hash-route';
import { DocumentScreen } from './screens/DocumentScreen';
import { ProjectsScreen } from './screens/ProjectsScreen';

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  return (
    <div className={`app route-${route.name}`}>
      <header className="app-header">
        <h1 data-testid="app-name">
          <a href="#/">{t('app.name')}</a>
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
      </header>
      {route.name === 'document' ? (
        <DocumentScreen key={route.documentId} documentId={route.documentId} />
      ) : (
        <ProjectsScreen />
      )}
    </div>
  );
}
