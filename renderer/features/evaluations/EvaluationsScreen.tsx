import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { browserDeps, useEvaluations, useStoreQueryFor } from '../../store';
import { useMenuCommand } from '../../services/commands';
import { useNotify } from '../../ui/notify';
import { openDemo } from './openDemo';
import { navigate, routeHref } from '../../services/route';
import { DeleteDialog } from '../../ui/DeleteDialog';
import { FormDialog } from '../../ui/FormDialog';
import { Field } from '../../ui/Field';
import { EmptyState, ListTable, RowActions } from '../../ui/ListTable';
import { formatDate, formatPeriod } from '../../ui/formatDates';
import { EvaluationForm } from './EvaluationForm';
import type { OpenedFile } from '../../../shared/ports/platform';
import { EVALUATION_FILE_EXTENSION, isEvaluationFileName } from './evaluationFileName';
import { OpenEvaluationFileDialog } from './OpenEvaluationFileDialog';
import { ImportRefiProjectDialog } from './ImportRefiProjectDialog';
import { errorDetail } from '../../ui/errorDetail';
import { PersistNotice } from './PersistNotice';

function RenameDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [title, setTitle] = useState(evaluation.title);
  const [error, setError] = useState(false);
  return (
    <FormDialog
      title={t('ui.evaluations.renameTitle')}
      submitLabel={t('ui.evaluations.rename')}
      onClose={onClose}
      validate={() => {
        setError(title.trim() === '');
        return title.trim() === '' ? null : title;
      }}
      onSubmit={async (value) => {
        await repos.evaluations.rename(evaluation.id, value);
        onClose();
      }}
    >
      <Field label={t('ui.evaluation.title')} error={error ? 'required' : undefined}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />}
      </Field>
    </FormDialog>
  );
}

/** The start page: every evaluation on this machine; create, open, rename, delete, or open the demo. */
export function EvaluationsScreen() {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const evaluations = useEvaluations(repos);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Evaluation | null>(null);
  const [deleting, setDeleting] = useState<Evaluation | null>(null);
  // Read when the dialog opens, for the evaluation it is open for.
  const deleteMessage = useStoreQueryFor(deleting, async (evaluation) => {
    const contents = await repos.evaluations.contents(evaluation.id);
    return t('ui.evaluations.deleteMessage', {
      title: evaluation.title,
      projects: t('ui.counts.projects', { count: contents.projects }),
      documents: t('ui.counts.documents', { count: contents.documents }),
      segments: t('ui.counts.codedQuotes', { count: contents.segments }),
    });
  });
  const [demoBusy, setDemoBusy] = useState(false);
  const [opening, setOpening] = useState<OpenedFile | null>(null);
  const [importingProject, setImportingProject] = useState<OpenedFile | null>(null);

  const pickFile = async () => {
    const picked = await platform.openFiles({ title: t('ui.evaluationFiles.openTitle'), filters: [{ name: t('ui.evaluationFiles.fileTypes'), extensions: [EVALUATION_FILE_EXTENSION] }], multiple: false });
    if (!picked.cancelled && picked.files[0]) setOpening(picked.files[0]);
  };
  const pickProject = async () => {
    const picked = await platform.openFiles({ title: t('refiImport.dialogTitle'), filters: [{ name: t('refiImport.fileTypes'), extensions: ['qdpx', 'qde'] }], multiple: false });
    if (!picked.cancelled && picked.files[0]) setImportingProject(picked.files[0]);
  };
  const dropFile = async (files: FileList) => {
    const project = Array.from(files).find((f) => /\.(qdpx|qde)$/i.test(f.name));
    if (project) {
      setImportingProject({ name: project.name, bytes: new Uint8Array(await project.arrayBuffer()) });
      return;
    }
    const file = Array.from(files).find((f) => isEvaluationFileName(f.name));
    if (!file) {
      if (files.length > 0) notify(t('ui.evaluationFiles.notSparbar', { name: files[0]?.name ?? '' }));
      return;
    }
    setOpening({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const startDemo = async () => {
    setDemoBusy(true);
    try {
      const id = await openDemo(repos, browserDeps);
      navigate({ name: 'matrix', evaluationId: id });
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
    } finally {
      setDemoBusy(false);
    }
  };
  useMenuCommand('new-evaluation', () => setCreating(true));
  useMenuCommand('open-demo', () => void startDemo());
  useMenuCommand('open-evaluation-file', () => void pickFile());

  return (
    <section
      className="screen"
      aria-labelledby="evaluations-heading"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        event.preventDefault();
        void dropFile(event.dataTransfer.files);
      }}
    >
      <header className="screen-header">
        <h1 id="evaluations-heading">{t('ui.evaluations.heading')}</h1>
        <div className="actions">
          <button type="button" onClick={() => void pickFile()}>
            {t('ui.evaluationFiles.open')}
          </button>
          <button type="button" onClick={() => void pickProject()}>
            {t('refiImport.importProject')}
          </button>
          <button type="button" onClick={startDemo} disabled={demoBusy}>
            {t('ui.evaluations.openDemo')}
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('ui.evaluations.create')}
          </button>
        </div>
      </header>
      <PersistNotice />
      <p className="lead">{t('ui.evaluations.lead')}</p>
      <p className="muted small">{t('ui.evaluationFiles.dropHint')}</p>
      {evaluations && evaluations.length === 0 && (
        <EmptyState>
          <p>{t('ui.evaluations.empty')}</p>
        </EmptyState>
      )}
      {evaluations && evaluations.length > 0 && (
        <ListTable
          caption={t('ui.evaluations.caption')}
          columns={[
            { label: t('ui.evaluation.title') },
            { label: t('ui.evaluation.programme') },
            { label: t('ui.evaluation.period') },
            { label: t('ui.evaluations.lastOpened') },
          ]}
        >
          {evaluations.map((evaluation) => (
            <tr key={evaluation.id}>
              <td>
                <a href={routeHref({ name: 'overview', evaluationId: evaluation.id })} className="strong-link">
                  {evaluation.title}
                </a>
                <div className="muted small">{t(evaluation.kind === 'final' ? 'ui.evaluation.kindFinal' : 'ui.evaluation.kindInterim')}</div>
              </td>
              <td>{evaluation.programme}</td>
              <td>{formatPeriod(evaluation.periodStart, evaluation.periodEnd)}</td>
              <td>{evaluation.lastOpenedAt ? formatDate(evaluation.lastOpenedAt) : t('ui.evaluations.neverOpened')}</td>
              <RowActions
                actions={[
                  {
                    label: t('ui.evaluations.rename'),
                    name: t('ui.evaluations.renameNamed', { title: evaluation.title }),
                    onClick: () => setRenaming(evaluation),
                  },
                  {
                    label: t('ui.common.delete'),
                    name: t('ui.evaluations.deleteNamed', { title: evaluation.title }),
                    onClick: () => setDeleting(evaluation),
                    danger: true,
                  },
                ]}
              />
            </tr>
          ))}
        </ListTable>
      )}
      {creating && (
        <EvaluationForm
          title={t('ui.evaluations.createTitle')}
          submitLabel={t('ui.evaluations.createSubmit')}
          onClose={() => setCreating(false)}
          onSubmit={async (input, frameworkIds) => {
            const evaluation = await repos.evaluations.create(input, frameworkIds);
            setCreating(false);
            notify(t('ui.evaluations.created', { title: evaluation.title }));
            navigate({ name: 'overview', evaluationId: evaluation.id });
          }}
        />
      )}
      {opening && <OpenEvaluationFileDialog file={opening} onClose={() => setOpening(null)} />}
      {importingProject && <ImportRefiProjectDialog file={importingProject} onClose={() => setImportingProject(null)} />}
      {renaming && <RenameDialog evaluation={renaming} onClose={() => setRenaming(null)} />}
      {deleting && (
        <DeleteDialog
          title={t('ui.evaluations.deleteTitle')}
          confirmLabel={t('ui.evaluations.deleteConfirm')}
          message={deleteMessage}
          onDelete={() => repos.evaluations.remove(deleting.id)}
          deletedMessage={t('ui.evaluations.deleted', { title: deleting.title })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
