import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../../core/api';
import { useDocuments } from '../../hooks/use-documents';
import { navigate } from '../../hooks/use-hash-route';
import { ConfirmDialog } from '../ConfirmDialog';
import { DocumentList } from './DocumentList';
import { ImportPanel } from './ImportPanel';
import { languageName } from './language-names';

type Props = { project: ProjectSummary; onDelete: (id: number) => Promise<void> };

/** One project: its language pair, documents, import, and delete with confirmation. */
export function ProjectCard({ project, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const { documents, reload, remove } = useDocuments(project.id);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(true);

  return (
    <li className="project-card" data-testid="project-card" data-project-id={project.id}>
      <div className="project-head">
        <h3>
          <button
            type="button"
            className="link user-content"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="project-open"
          >
            {project.name}
          </button>
        </h3>
        <span className="muted">
          {t('projects.card.pair', {
            source: languageName(project.sourceLang, ui),
            target: languageName(project.targetLang, ui),
          })}
        </span>
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          data-testid="project-delete"
        >
          {t('projects.card.delete')}
        </button>
      </div>
      {open && (
        <>
          <DocumentList documents={documents} onDelete={remove} />
          <ImportPanel
            project={project}
            onImported={(documentId) => {
              void reload();
              navigate({ name: 'document', documentId });
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        message={t('projects.card.confirmDelete', { name: project.name })}
        confirmLabel={t('projects.card.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void onDelete(project.id);
        }}
      />
    </li>
  );
}
