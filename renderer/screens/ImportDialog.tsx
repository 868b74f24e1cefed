import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type Project } from '../../shared/domain';
import { isIsoDate } from '../../shared/format/isoDate';
import { PlainTextImportError } from '../../shared/text/plainText';
import { useServices } from '../app/AppContext';
import { useNotify } from '../app/notify';
import { navigate } from '../app/route';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { guessDocumentMeta } from '../lib/guessDocumentMeta';
import type { OpenedFile } from '../platform';

interface Props {
  evaluationId: string;
  file: OpenedFile;
  projects: Project[];
  onClose: () => void;
}

/** Assigns an opened text file to a project with a type, a date and a title, then imports it whole. */
export function ImportDialog({ evaluationId, file, projects, onClose }: Props) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const guess = guessDocumentMeta(file.name);
  const [projectId, setProjectId] = useState(projects.length === 1 ? (projects[0] as Project).id : '');
  const [type, setType] = useState<string>(guess.type);
  const [date, setDate] = useState(guess.date);
  const [title, setTitle] = useState(guess.title);
  const [errors, setErrors] = useState<{ project?: 'required'; date?: 'badDate' }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (allowDuplicate: boolean) => {
    const nextErrors: typeof errors = {};
    if (projectId === '') nextErrors.project = 'required';
    if (date !== '' && !isIsoDate(date)) nextErrors.date = 'badDate';
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await repos.documents.importText({
        evaluationId,
        projectId,
        type: DOCUMENT_TYPES.find((candidate) => candidate === type) ?? 'ovrigt',
        date: date === '' ? null : date,
        title,
        fileName: file.name,
        mimeType: 'text/plain',
        bytes: file.bytes,
        allowDuplicate,
      });
      if (result.status === 'duplicate') {
        setDuplicateOf(result.existing.title);
      } else {
        notify(t('ui.import.imported', { title: result.document.title }));
        onClose();
        navigate({ name: 'reader', evaluationId, documentId: result.document.id });
      }
    } catch (error) {
      if (error instanceof PlainTextImportError) setProblem(t(`ui.import.problem.${error.problem}`, { name: file.name }));
      else setProblem(t('ui.common.actionFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('ui.import.title', { name: file.name })} onClose={onClose} wide>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <div className="form-grid">
          <Field label={t('ui.import.project')} error={errors.project}>
            {(p) => (
              <select {...p} value={projectId} onChange={(e) => setProjectId(e.target.value)} autoFocus>
                <option value="">{t('ui.import.chooseProject')}</option>
                {projects.map((project) => (
                  <option key={project.id} value={project.id}>
                    {project.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ui.import.type')}>
            {(p) => (
              <select {...p} value={type} onChange={(e) => setType(e.target.value)}>
                {DOCUMENT_TYPES.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`documentType.${candidate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ui.import.date')} error={errors.date}>
            {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('ui.import.documentTitle')}>
            {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </div>
        <p className="muted small">{t('ui.import.formatNote')}</p>
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        {duplicateOf && (
          <div role="alert" className="notice">
            <p>{t('ui.import.duplicate', { title: duplicateOf })}</p>
            <button type="button" onClick={() => void submit(true)} disabled={busy}>
              {t('ui.import.importAnyway')}
            </button>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('ui.import.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
