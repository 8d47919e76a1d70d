import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../../core/api';
import { useImport } from '../../hooks/use-import';
import { assignFiles } from './assign-files';
import { FilePick } from './FilePick';

type Props = { project: ProjectSummary; onImported: (documentId: number) => void };

/** Import a source and its MT, or an MT page alone: pick files or drop them, then watch the progress. */
export function ImportPanel({ project, onImported }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { run, progress, busy, error } = useImport(project.id);
  const [source, setSource] = useState<File | null>(null);
  const [target, setTarget] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const assigned = assignFiles([...event.dataTransfer.files], project.targetLang);
    if (assigned.target) {
      setSource(assigned.source);
      setTarget(assigned.target);
    }
  };

  const start = async () => {
    if (!target) return;
    const documentId = await run(source, target);
    if (documentId !== null) {
      setSource(null);
      setTarget(null);
      onImported(documentId);
    }
  };

  return (
    <section
      className={`import-panel${dragging ? ' dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="import-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h4 id={`${id}-title`}>{t('projects.import.title')}</h4>
      <p className="hint">{t('projects.import.dropHint')}</p>
      <FilePick
        label={t('projects.import.source')}
        file={source}
        onPick={setSource}
        testId="import-source"
      />
      <FilePick
        label={t('projects.import.target')}
        file={target}
        onPick={setTarget}
        testId="import-target"
      />
      {(source || target) && (
        <p className="import-chosen" data-testid="import-chosen">
          {t('projects.import.chosen', {
            source: source?.name ?? t('projects.import.noSource'),
            target: target?.name ?? '—',
          })}
        </p>
      )}
      <button
        type="button"
        disabled={!target || busy}
        onClick={() => void start()}
        data-testid="import-start"
      >
        {t('projects.import.start')}
      </button>
      {progress && progress.phase !== 'done' && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span>{t(`projects.import.phase.${progress.phase}`)}</span>
          <progress
            value={progress.fraction}
            max={1}
            aria-label={t(`projects.import.phase.${progress.phase}`)}
          />
        </div>
      )}
      {error && <p role="alert">{t('projects.import.error', { message: error })}</p>}
    </section>
  );
}
