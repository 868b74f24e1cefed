import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type Project } from '../../../shared/domain';
import { isIsoDate } from '../../../shared/base/isoDate';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import { storeJournalled } from '../../services/importJournal';
import { recordStep } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { Dialog } from '../../ui/Dialog';
import type { DocumentRecord } from '../../store';
import { newItem, useImportBatch, type ImportItem, type ItemFields } from './useImportBatch';
import { formatBytes } from '../../ui/formatDates';
import type { OpenedFile } from '../../platform';
import { ImportResults } from './ImportResults';
import { PasswordForm, ProgressCell } from './ImportFileStatus';
import { mimeOf } from './mimeOf';
import { PROGRAMME_CHOICE, projectChoiceOf, projectOfChoice } from './projectChoice';
import { pickDocuments } from './pickDocuments';
import { DateInput } from '../../ui/DateInput';
import { errorDetail } from '../../ui/errorDetail';
import { showBidiControls } from '../../../shared/base/bidiControls';

interface Props {
  evaluationId: string;
  projects: Project[];
  initialFiles: OpenedFile[];
  /** Set when the files replace a document as its newer version. */
  replaces: DocumentRecord | null;
  onClose: () => void;
}

/**
 * Imports a batch of files: each is read in a worker with progress, then assigned to a project with a
 * type, a date, a title and an author organisation; each file is stored whole or not at all.
 */
export function ImportDialog({ evaluationId, projects, initialFiles, replaces, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const batch = useImportBatch(() => {
    const defaults: Partial<ItemFields> | undefined = replaces
      ? { projectId: projectChoiceOf(replaces.projectId), type: replaces.type, title: replaces.title, authorOrganisation: replaces.authorOrganisation }
      : undefined;
    return initialFiles.map((file) => newItem(file, projects, defaults));
  });
  const [storing, setStoring] = useState(false);
  const [done, setDone] = useState(false);
  const [showErrors, setShowErrors] = useState(false);

  const { items } = batch;
  const parsing = items.some((item) => item.status === 'waiting' || item.status === 'parsing');
  const ready = items.filter((item) => item.status === 'parsed');
  const total = items.length === 0 ? 0 : items.reduce((sum, item) => sum + (['waiting', 'parsing'].includes(item.status) ? item.progress : 1), 0) / items.length;
  useRunningWhile('import', parsing || storing);
  const invalid = (item: ImportItem) => ({ project: item.projectId === '', date: item.date !== '' && !isIsoDate(item.date) });

  const store = async (item: ImportItem, allowDuplicate: boolean) => {
    if (!item.parsed) return;
    try {
      const result = await repos.documents.store({
        evaluationId,
        projectId: projectOfChoice(item.projectId),
        type: item.type,
        date: item.date === '' ? null : item.date,
        title: item.title,
        authorOrganisation: item.authorOrganisation,
        fileName: item.file.name,
        mimeType: mimeOf(item.parsed.format),
        bytes: item.file.bytes,
        imported: item.parsed,
        wordCount: item.wordCount,
        allowDuplicate,
        replaces: replaces?.id ?? null,
      });
      if (result.status === 'duplicate') batch.markStored(item.key, { status: 'duplicate', documentId: null, duplicateOf: result.existing.title, storeError: null });
      else {
        const twin = result.twin && { of: result.twin.of.id, title: result.twin.of.title, similarity: result.twin.similarity, marked: true };
        batch.markStored(item.key, { status: 'imported', documentId: result.document.id, duplicateOf: null, storeError: null, anchors: result.anchors, twin });
      }
    } catch (error) {
      batch.markStored(item.key, { status: 'storeFailed', documentId: null, duplicateOf: null, storeError: errorDetail(t, error) });
    }
  };

  // "Inte en dubblett": the evaluator takes the twin mark off (or puts it back).
  const markTwin = async (item: ImportItem, marked: boolean) => {
    if (!item.documentId || !item.twin) return;
    try {
      recordStep(await repos.documents.setDuplicateOf(item.documentId, marked ? item.twin.of : null, item.twin.similarity));
      batch.markStored(item.key, { status: item.status, documentId: item.documentId, duplicateOf: item.duplicateOf, storeError: null, twin: { ...item.twin, marked } });
    } catch (error) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) }));
    }
  };

  const importAll = async () => {
    if (ready.some((item) => invalid(item).project || invalid(item).date)) return setShowErrors(true);
    setStoring(true);
    await storeJournalled(evaluationId, ready, (item) => store(item, false));
    setStoring(false);
    setDone(true);
    notify(t('ui.import.batchDone', { count: ready.length }));
  };

  const addFiles = async () => {
    const files = await pickDocuments(platform, t, !replaces, notify);
    if (files.length > 0) batch.add(files, projects);
  };

  const close = () => {
    batch.cancelAll();
    onClose();
  };

  const title = replaces ? t('ui.import.replaceTitle', { title: replaces.title }) : t('ui.import.batchTitle');
  if (done) {
    return (
      <Dialog title={title} onClose={close} wide>
        <ImportResults evaluationId={evaluationId} items={items} onImportAnyway={(item) => void store(item, true)} onMarkTwin={markTwin} onClose={close} />
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={close} wide>
      <p className="muted small">{t('ui.import.intro')}</p>
      {projects.length === 0 && !replaces && <p className="notice small">{t('ui.import.noProjects')}</p>}
      <div className="table-scroll">
        <table className="table import-table">
          <caption className="visually-hidden">{t('ui.import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.import.file')}</th>
              <th scope="col">{t('ui.import.project')}</th>
              <th scope="col">{t('ui.import.type')}</th>
              <th scope="col">{t('ui.import.date')}</th>
              <th scope="col">{t('ui.import.documentTitle')}</th>
              <th scope="col">{t('ui.import.authorOrganisation')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ui.common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const name = showBidiControls(item.file.name);
              const bad = showErrors ? invalid(item) : { project: false, date: false };
              const fileCell = (
                <th scope="row" className="import-file">
                  <div>{name}</div>
                  <div className="muted small">{formatBytes(item.file.bytes.byteLength, i18n.language)}</div>
                  {item.status !== 'failed' && <ProgressCell item={item} />}
                </th>
              );
              const removeCell = (
                <td className="row-actions">
                  <button type="button" className="danger-quiet" aria-label={t('ui.import.removeFile', { name })} onClick={() => batch.remove(item.key)}>
                    {t('ui.common.remove')}
                  </button>
                </td>
              );
              if (item.status === 'failed') {
                // A file that could not be read: its reason across the row, and a password field where one helps.
                return (
                  <tr key={item.key} className="import-failed">
                    {fileCell}
                    <td colSpan={5}>
                      <ProgressCell item={item} />
                      {(item.error?.code === 'passwordRequired' || item.error?.code === 'passwordWrong') && (
                        <PasswordForm item={item} onRetry={(password) => batch.retryWithPassword(item.key, password)} />
                      )}
                    </td>
                    {removeCell}
                  </tr>
                );
              }
              return (
                <tr key={item.key}>
                  {fileCell}
                  <td>
                    <select
                      aria-label={t('ui.import.projectFor', { name })}
                      aria-invalid={bad.project}
                      value={item.projectId}
                      disabled={replaces !== null}
                      onChange={(e) => batch.setFields(item.key, { projectId: e.target.value })}
                    >
                      <option value="">{t('ui.import.chooseProject')}</option>
                      <option value={PROGRAMME_CHOICE}>{t('ui.documents.programme')}</option>
                      {projects.map((project) => (
                        <option key={project.id} value={project.id}>
                          {project.name}
                        </option>
                      ))}
                    </select>
                    {bad.project && <span className="field-error">{t('ui.validation.required')}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={t('ui.import.typeFor', { name })}
                      value={item.type}
                      onChange={(e) => batch.setFields(item.key, { type: DOCUMENT_TYPES.find((type) => type === e.target.value) ?? 'ovrigt' })}
                    >
                      {DOCUMENT_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`documentType.${type}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <DateInput aria-label={t('ui.import.dateFor', { name })} aria-invalid={bad.date} value={item.date} onChange={(date) => batch.setFields(item.key, { date })} />
                    {bad.date && <span className="field-error">{t('ui.validation.badDate')}</span>}
                  </td>
                  <td>
                    <input aria-label={t('ui.import.titleFor', { name })} value={item.title} onChange={(e) => batch.setFields(item.key, { title: e.target.value })} />
                  </td>
                  <td>
                    <input
                      aria-label={t('ui.import.organisationFor', { name })}
                      value={item.authorOrganisation}
                      onChange={(e) => batch.setFields(item.key, { authorOrganisation: e.target.value })}
                    />
                  </td>
                  {removeCell}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="import-footer">
        {!replaces && (
          <button type="button" onClick={addFiles}>
            {t('ui.import.addFiles')}
          </button>
        )}
        <div className="import-total">
          <progress max={1} value={total} aria-label={t('ui.import.totalProgress')} />
          <span className="muted small">{parsing ? t('ui.import.reading', { done: items.length - items.filter((i) => i.status === 'waiting' || i.status === 'parsing').length, count: items.length }) : t('ui.import.readyCount', { count: ready.length })}</span>
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {parsing ? t('ui.import.cancel') : t('ui.common.cancel')}
        </button>
        <button type="button" className="primary" disabled={parsing || storing || ready.length === 0} onClick={importAll}>
          {t('ui.import.submitCount', { count: ready.length })}
        </button>
      </div>
    </Dialog>
  );
}
