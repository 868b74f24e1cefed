import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { useServices } from '../../services/AppContext';
import { useDocuments, useProjects, useStoreQueryFor } from '../../store';
import { useMenuCommand } from '../../services/commands';
import { recordStep } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { navigate, routeHref } from '../../services/route';
import { DeleteDialog } from '../../ui/DeleteDialog';
import { EmptyState, ListTable, RowActions } from '../../ui/ListTable';
import type { DocumentRecord } from '../../store';
import { formatDate } from '../../ui/formatDates';
import type { OpenedFile } from '../../platform';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { ImportDialog } from './ImportDialog';
import { pickDocuments } from './pickDocuments';
import { DateInput } from '../../ui/DateInput';
import { repeatedText } from '../../ui/repeatedText';
import { PROGRAMME_CHOICE, projectChoiceOf } from './projectChoice';
import { TwinMark } from './TwinMark';
import { AssignCodersDialog } from './AssignCodersDialog';
import { showBidiControls } from '../../../shared/base/bidiControls';

interface Filters {
  projectId: string;
  type: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { projectId: '', type: '', from: '', to: '' };

function matches(document: DocumentRecord, filters: Filters): boolean {
  if (filters.projectId && projectChoiceOf(document.projectId) !== filters.projectId) return false;
  if (filters.type && document.type !== filters.type) return false;
  if (filters.from && (document.date ?? '') < filters.from) return false;
  if (filters.to && (document.date === null || document.date > filters.to)) return false;
  return true;
}

/** The evaluation's documents: filter, import (picker or drag and drop), replace with a new version, delete. */
export function DocumentsScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const documents = useDocuments(repos, evaluationId);
  const projects = useProjects(repos, evaluationId);
  const [importing, setImporting] = useState<{ files: OpenedFile[]; replaces: DocumentRecord | null } | null>(null);
  const [deleting, setDeleting] = useState<DocumentRecord | null>(null);
  // Read when the dialog opens, for the document it is open for.
  const deleteMessage = useStoreQueryFor(deleting, async (document) =>
    t('ui.documents.deleteMessage', {
      title: document.title,
      versions: t('ui.counts.versions', { count: (await repos.documents.versionIds(document.id)).length }),
      segments: t('ui.counts.codedQuotes', { count: await repos.documents.segmentCount(document.id) }),
    }),
  );
  const [editing, setEditing] = useState<DocumentRecord | null>(null);
  const [assigning, setAssigning] = useState<DocumentRecord | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [dragging, setDragging] = useState(false);
  const projectName = useMemo(() => new Map((projects ?? []).map((project) => [project.id, project.name])), [projects]);
  const shown = useMemo(() => (documents ?? []).filter((document) => matches(document, filters)), [documents, filters]);
  const byId = useMemo(() => new Map((documents ?? []).map((document) => [document.id, document])), [documents]);
  const unmarkTwin = async (document: DocumentRecord) => {
    recordStep(await repos.documents.setDuplicateOf(document.id, null));
    notify(t('ui.documents.twinUnmarked', { title: document.title }));
  };

  const noProjects = projects !== undefined && projects.length === 0;
  const pick = async (replaces: DocumentRecord | null = null) => {
    const files = await pickDocuments(platform, t, replaces === null, notify);
    if (files.length > 0) setImporting({ files, replaces });
  };
  useMenuCommand('import-document', () => void pick());

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (importing) return;
    const result = await platform.readDroppedFiles(Array.from(event.dataTransfer.files));
    if (result.cancelled) return;
    for (const name of result.tooLarge) notify(t('dialog.tooLarge', { name }));
    if (result.files.length > 0) setImporting({ files: result.files, replaces: null });
  };
  // Each row repeats these words: translated once per language, not per row (500 reports are 3,500 calls).
  const words = useMemo(() => repeatedText(t), [t]);
  const editNamed = words.template('ui.documents.editNamed', ['title']);
  const replaceNamed = words.template('ui.documents.replaceNamed', ['title']);
  const deleteNamed = words.template('ui.documents.deleteNamed', ['title']);
  const assignNamed = words.template('ui.coders.assignNamed', ['title']);
  const codersNamed = words.template('ui.coders.list', ['names']);
  const setFilter = (key: keyof Filters) => (event: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: event.target.value }));

  return (
    <section
      className={dragging ? 'screen drop-target drop-active' : 'screen drop-target'}
      aria-labelledby="documents-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="screen-header">
        <h1 id="documents-heading">{t('ui.documents.heading')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void pick()}>
            {t('ui.documents.import')}
          </button>
        </div>
      </header>
      <p className="lead">{t('ui.documents.dropHint')}</p>
      {noProjects && (!documents || documents.length === 0) && (
        <EmptyState>
          <p>{t('ui.documents.needProject')}</p>
          <button type="button" onClick={() => navigate({ name: 'projects', evaluationId })}>
            {t('ui.documents.goToProjects')}
          </button>
        </EmptyState>
      )}
      {!noProjects && documents && documents.length === 0 && (
        <EmptyState>
          <p>{t('ui.documents.empty')}</p>
        </EmptyState>
      )}
      {documents && documents.length > 0 && (
        <>
          <div className="filters" role="group" aria-label={t('ui.documents.filters')}>
            <label>
              {t('ui.documents.project')}
              <select value={filters.projectId} onChange={setFilter('projectId')}>
                <option value="">{t('ui.documents.all')}</option>
                <option value={PROGRAMME_CHOICE}>{t('ui.documents.programme')}</option>
                {(projects ?? []).map((project) => (
                  <option key={project.id} value={project.id}>
                    {project.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('ui.documents.type')}
              <select value={filters.type} onChange={setFilter('type')}>
                <option value="">{t('ui.documents.all')}</option>
                {DOCUMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`documentType.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('ui.documents.dateFrom')}
              <DateInput value={filters.from} onChange={(value) => setFilters((f) => ({ ...f, from: value }))} />
            </label>
            <label>
              {t('ui.documents.dateTo')}
              <DateInput value={filters.to} onChange={(value) => setFilters((f) => ({ ...f, to: value }))} />
            </label>
            {filters !== NO_FILTERS && (
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                {t('ui.documents.clearFilters')}
              </button>
            )}
            <span className="muted small" aria-live="polite">
              {t('ui.documents.shown', { count: shown.length, total: documents.length })}
            </span>
          </div>
          <ListTable
            caption={t('ui.documents.caption')}
            columns={[
              { label: t('ui.documents.title') },
              { label: t('ui.documents.project') },
              { label: t('ui.documents.type') },
              { label: t('ui.documents.date') },
              { label: t('ui.documents.pages'), numeric: true },
              { label: t('ui.documents.words'), numeric: true },
              { label: t('ui.documents.imported') },
            ]}
          >
            {shown.map((document) => (
              <tr key={document.id}>
                <td>
                  <a className="strong-link" href={routeHref({ name: 'reader', evaluationId, documentId: document.id })}>
                    {showBidiControls(document.title)}
                  </a>
                  <div className="muted small">
                    {showBidiControls(document.fileName)}
                    {document.version > 1 && ` · ${words.text('ui.documents.version', { version: document.version })}`}
                    {document.warnings.length > 0 && ` · ${words.text('ui.documents.warnings', { count: document.warnings.length })}`}
                  </div>
                  <div className="small">
                    <button type="button" className="link-button" aria-label={assignNamed({ title: showBidiControls(document.title) })} onClick={() => setAssigning(document)}>
                      {document.coders ? codersNamed({ names: showBidiControls(document.coders.join(', ')) }) : words.text('ui.coders.assign')}
                    </button>
                  </div>
                  {document.duplicateOf !== null && <TwinMark document={document} original={byId.get(document.duplicateOf)} onUnmark={() => void unmarkTwin(document)} />}
                </td>
                <td>{document.projectId === null ? <em>{words.text('ui.documents.programme')}</em> : (projectName.get(document.projectId) ?? '–')}</td>
                <td>{words.text(`documentType.${document.type}`)}</td>
                <td className="nowrap">{document.date ?? '–'}</td>
                <td className="numeric">{document.pageCount ?? '–'}</td>
                <td className="numeric nowrap">{formatSwedishNumber(document.wordCount)}</td>
                <td className="nowrap">{formatDate(document.importedAt)}</td>
                <RowActions
                  actions={[
                    { label: words.text('ui.common.edit'), name: editNamed({ title: showBidiControls(document.title) }), onClick: () => setEditing(document) },
                    { label: words.text('ui.documents.replace'), name: replaceNamed({ title: showBidiControls(document.title) }), onClick: () => void pick(document) },
                    { label: words.text('ui.common.delete'), name: deleteNamed({ title: showBidiControls(document.title) }), onClick: () => setDeleting(document), danger: true },
                  ]}
                />
              </tr>
            ))}
          </ListTable>
        </>
      )}
      {importing && projects && (
        <ImportDialog evaluationId={evaluationId} projects={projects} initialFiles={importing.files} replaces={importing.replaces} onClose={() => setImporting(null)} />
      )}
      {editing && projects && (
        <DocumentDetailsForm
          document={editing}
          current={documents?.find((d) => d.id === editing.id)}
          projects={projects}
          documents={documents ?? []}
          onClose={() => setEditing(null)}
          onSubmit={async (change, base) => {
            const { step, conflicts } = await repos.documents.editDetails(editing.id, { base, edited: change });
            if (conflicts.length > 0) return conflicts;
            recordStep(step);
            setEditing(null);
            notify(t('ui.documents.saved', { title: change.title }));
          }}
        />
      )}
      {assigning && <AssignCodersDialog document={assigning} onClose={() => setAssigning(null)} />}
      {deleting && (
        <DeleteDialog
          title={t('ui.documents.deleteTitle')}
          confirmLabel={t('ui.documents.deleteConfirm')}
          message={deleteMessage}
          onDelete={() => repos.documents.remove(deleting.id)}
          deletedMessage={t('ui.documents.deleted', { title: deleting.title })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
