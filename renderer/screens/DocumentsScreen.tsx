import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { useMenuCommand } from '../app/commands';
import { useNotify } from '../app/notify';
import { routeHref, navigate } from '../app/route';
import { DeleteDialog } from '../components/DeleteDialog';
import { EmptyState, ListTable, RowActions } from '../components/ListTable';
import type { DocumentRecord } from '../data/documentsRepo';
import { formatDate } from '../lib/formatDates';
import type { OpenedFile } from '../platform';
import { ImportDialog } from './ImportDialog';

/** The evaluation's documents, and import of a new one. */
export function DocumentsScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const documents = useLiveQuery(() => repos.documents.list(evaluationId), [evaluationId]);
  const projects = useLiveQuery(() => repos.projects.list(evaluationId), [evaluationId]);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [deleting, setDeleting] = useState<DocumentRecord | null>(null);
  const projectName = new Map((projects ?? []).map((project) => [project.id, project.name]));

  const pick = async () => {
    const result = await platform.openFiles({
      title: t('dialog.openTitle'),
      filters: [{ name: t('ui.import.filterText'), extensions: ['txt', 'md'] }],
      multiple: false,
    });
    if (result.cancelled) return;
    for (const name of result.tooLarge) notify(t('dialog.tooLarge', { name }));
    const first = result.files[0];
    if (first) setFile(first);
  };
  useMenuCommand('import-document', () => {
    if (projects && projects.length > 0) void pick();
  });

  const noProjects = projects !== undefined && projects.length === 0;
  return (
    <section className="screen" aria-labelledby="documents-heading">
      <header className="screen-header">
        <h1 id="documents-heading">{t('ui.documents.heading')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={pick} disabled={noProjects}>
            {t('ui.documents.import')}
          </button>
        </div>
      </header>
      {noProjects && (
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
        <ListTable
          caption={t('ui.documents.caption')}
          columns={[
            { label: t('ui.documents.title') },
            { label: t('ui.documents.project') },
            { label: t('ui.documents.type') },
            { label: t('ui.documents.date') },
            { label: t('ui.documents.imported') },
          ]}
        >
          {documents.map((document) => (
            <tr key={document.id}>
              <td>
                <a className="strong-link" href={routeHref({ name: 'reader', evaluationId, documentId: document.id })}>
                  {document.title}
                </a>
                <div className="muted small">{document.fileName}</div>
              </td>
              <td>{projectName.get(document.projectId) ?? '–'}</td>
              <td>{t(`documentType.${document.type}`)}</td>
              <td className="nowrap">{document.date ?? '–'}</td>
              <td className="nowrap">{formatDate(document.importedAt)}</td>
              <RowActions
                actions={[
                  {
                    label: t('ui.common.delete'),
                    name: t('ui.documents.deleteNamed', { title: document.title }),
                    onClick: () => setDeleting(document),
                    danger: true,
                  },
                ]}
              />
            </tr>
          ))}
        </ListTable>
      )}
      {file && projects && <ImportDialog evaluationId={evaluationId} file={file} projects={projects} onClose={() => setFile(null)} />}
      {deleting && (
        <DeleteDialog
          title={t('ui.documents.deleteTitle')}
          confirmLabel={t('ui.documents.deleteConfirm')}
          describe={async () => t('ui.documents.deleteMessage', { title: deleting.title, segments: await repos.documents.segmentCount(deleting.id) })}
          onDelete={() => repos.documents.remove(deleting.id)}
          deletedMessage={t('ui.documents.deleted', { title: deleting.title })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
