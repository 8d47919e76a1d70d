import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../core/api';
import { hashOf } from '../../hooks/use-hash-route';
import { ConfirmDialog } from '../ConfirmDialog';

type Props = {
  documents: DocumentSummary[] | null;
  onDelete: (documentId: number) => Promise<void>;
};

/** A project's documents: open (a bookmarkable link) or delete with confirmation. */
export function DocumentList({ documents, onDelete }: Props) {
  const { t } = useTranslation();
  const [doomed, setDoomed] = useState<DocumentSummary | null>(null);
  if (documents === null) return <p className="muted">{t('common.loading')}</p>;
  if (documents.length === 0) return <p className="muted">{t('projects.documents.empty')}</p>;
  return (
    <>
      <ul className="document-list" aria-label={t('projects.documents.title')}>
        {documents.map((doc) => (
          <li key={doc.id} data-testid="document-item" data-document-id={doc.id}>
            <a href={hashOf({ name: 'document', documentId: doc.id })} className="user-content">
              {doc.name}
            </a>
            <span className="muted">
              {t('projects.documents.progress', { approved: doc.approved, total: doc.segments })}
            </span>
            <button type="button" className="danger small" onClick={() => setDoomed(doc)}>
              {t('projects.documents.delete')}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={doomed !== null}
        message={t('projects.documents.confirmDelete', { name: doomed?.name ?? '' })}
        confirmLabel={t('projects.documents.delete')}
        onCancel={() => setDoomed(null)}
        onConfirm={() => {
          if (doomed) void onDelete(doomed.id);
          setDoomed(null);
        }}
      />
    </>
  );
}
