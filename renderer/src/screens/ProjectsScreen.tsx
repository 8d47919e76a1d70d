import { useTranslation } from 'react-i18next';
import { AppInfo } from '../app/AppInfo';
import { CreateProjectForm } from '../components/projects/CreateProjectForm';
import { ProjectCard } from '../components/projects/ProjectCard';
import { useProjects } from '../hooks/use-projects';

/** The start screen: projects, their documents, import, and the app's mode and version. */
export function ProjectsScreen() {
  const { t } = useTranslation();
  const { projects, error, create, remove } = useProjects();
  return (
    <main className="projects-screen" data-testid="projects-screen">
      <CreateProjectForm onCreate={create} />
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">{t('projects.list.title')}</h2>
        {error && <p role="alert">{t('projects.list.error', { message: error })}</p>}
        {projects === null && !error && <p className="muted">{t('common.loading')}</p>}
        {projects?.length === 0 && <p className="muted">{t('projects.list.empty')}</p>}
        <ul className="project-list">
          {projects?.map((project) => (
            <ProjectCard key={project.id} project={project} onDelete={remove} />
          ))}
        </ul>
      </section>
      <AppInfo />
    </main>
  );
}
