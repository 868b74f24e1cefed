import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import { attributeNames, filterProjects, NO_PROJECT_FILTER, sortProjects, type ProjectFilter, type ProjectSort, type ProjectSortKey } from '../../../shared/domain/projectList';
import { useServices } from '../../services/AppContext';
import { useLastRegisterImport, useProjects, useStoreQueryFor } from '../../store';
import { useNotify } from '../../ui/notify';
import { DeleteDialog } from '../../ui/DeleteDialog';
import { EmptyState } from '../../ui/ListTable';
import { ProjectForm } from './ProjectForm';
import { ProjectFilters } from './ProjectFilters';
import { ProjectTable } from './ProjectTable';
import type { OpenedFile } from '../../platform';
import { RegisterImportDialog } from './RegisterImportDialog';
import { registerCsv } from './exportRegister';
import { csvFileName, type CsvFlavour } from '../datasets/exportDataset';
import { errorDetail } from '../../ui/errorDetail';

/** The table files the register and dataset imports read. */
export const TABLE_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'];

/** The evaluation's project register. */
export function ProjectsScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const projects = useProjects(repos, evaluationId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Project | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);
  // Read when the dialog opens, for the project it is open for.
  const deleteMessage = useStoreQueryFor(deleting, async (project) => {
    const contents = await repos.projects.contents(project.id);
    return t('ui.projects.deleteMessage', { name: project.name, documents: t('ui.counts.documents', { count: contents.documents }), segments: t('ui.counts.codedQuotes', { count: contents.segments }) });
  });
  const [registerFile, setRegisterFile] = useState<OpenedFile | null>(null);
  const lastImport = useLastRegisterImport(repos, evaluationId);
  const { platform } = useServices();
  const [filter, setFilter] = useState<ProjectFilter>(NO_PROJECT_FILTER);
  // The store lists the projects by name.
  const [sort, setSort] = useState<ProjectSort>({ key: 'name', direction: 'ascending' });
  const toggleSort = (key: ProjectSortKey) => setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const attributes = useMemo(() => attributeNames(projects ?? []), [projects]);
  const shown = useMemo(() => sortProjects(filterProjects(projects ?? [], filter), sort), [projects, filter, sort]);

  const pickRegister = async () => {
    const result = await platform.openFiles({ title: t('dialog.openTitle'), filters: [{ name: t('ui.register.filter'), extensions: TABLE_EXTENSIONS }], multiple: false });
    if (result.cancelled) return;
    for (const name of result.tooLarge) notify(t('dialog.tooLarge', { name }));
    if (result.files[0]) setRegisterFile(result.files[0]);
  };
  const exportRegister = async (flavour: CsvFlavour) => {
    if (!projects) return;
    const bytes = registerCsv(projects, (field) => t(`ui.register.fields.${field}`), flavour);
    const fileName = csvFileName(t('ui.register.fileName'), flavour);
    const saved = await platform.saveFile({ title: t('dialog.saveTitle'), suggestedName: fileName, filters: [{ name: 'CSV', extensions: ['csv'] }], bytes, mimeType: 'text/csv' });
    if (saved) notify(t('ui.register.exported', { fileName }));
  };
  const undoImport = async (id: string) => {
    try {
      await repos.projects.undoRegisterImport(id);
      notify(t('ui.register.undone'));
    } catch (e) {
      notify(t('ui.register.undoFailed', { detail: errorDetail(t, e) }));
    }
  };

  return (
    <section className="screen screen-wide" aria-labelledby="projects-heading">
      <header className="screen-header">
        <h1 id="projects-heading">{t('ui.projects.heading')}</h1>
        <div className="actions">
          <button type="button" onClick={pickRegister}>
            {t('ui.register.import')}
          </button>
          {projects && projects.length > 0 && (
            <>
              <button type="button" onClick={() => void exportRegister('semicolon')}>
                {t('ui.register.exportSemicolon')}
              </button>
              <button type="button" onClick={() => void exportRegister('comma')}>
                {t('ui.register.exportComma')}
              </button>
            </>
          )}
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('ui.projects.add')}
          </button>
        </div>
      </header>
      {projects && projects.length === 0 && (
        <EmptyState>
          <p>{t('ui.projects.empty')}</p>
        </EmptyState>
      )}
      {projects && projects.length > 0 && (
        <>
          <ProjectFilters projects={projects} filter={filter} onChange={setFilter} shown={shown.length} />
          {shown.length > 0 ? (
            <ProjectTable evaluationId={evaluationId} projects={shown} attributes={attributes} sort={sort} onSort={toggleSort} onEdit={setEditing} onDelete={setDeleting} />
          ) : (
            <EmptyState>
              <p>{t('ui.projects.noMatch')}</p>
            </EmptyState>
          )}
        </>
      )}
      {lastImport && (
        <div className="notice undo-notice">
          <p>{t('ui.register.lastImport', { created: t('ui.counts.projects', { count: lastImport.created }), updated: t('ui.counts.projects', { count: lastImport.updated }), date: lastImport.createdAt.slice(0, 16).replace('T', ' ') })}</p>
          <button type="button" onClick={() => void undoImport(lastImport.id)}>
            {t('ui.register.undo')}
          </button>
        </div>
      )}
      {registerFile && projects && <RegisterImportDialog evaluationId={evaluationId} file={registerFile} projects={projects} onClose={() => setRegisterFile(null)} />}
      {adding && (
        <ProjectForm
          title={t('ui.projects.addTitle')}
          submitLabel={t('ui.projects.addSubmit')}
          onClose={() => setAdding(false)}
          onSubmit={async (input) => {
            await repos.projects.add(evaluationId, input);
            setAdding(false);
            notify(t('ui.projects.added', { name: input.name }));
          }}
        />
      )}
      {editing && (
        <ProjectForm
          title={t('ui.projects.editTitle')}
          submitLabel={t('ui.common.save')}
          initial={editing}
          current={projects?.find((p) => p.id === editing.id)}
          onClose={() => setEditing(null)}
          onSubmit={async (input, base) => {
            const conflicts = await repos.projects.update(editing.id, { base, edited: input });
            if (conflicts.length > 0) return conflicts;
            setEditing(null);
            notify(t('ui.projects.saved', { name: input.name }));
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          title={t('ui.projects.deleteTitle')}
          confirmLabel={t('ui.projects.deleteConfirm')}
          message={deleteMessage}
          onDelete={() => repos.projects.remove(deleting.id)}
          deletedMessage={t('ui.projects.deleted', { name: deleting.name })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
