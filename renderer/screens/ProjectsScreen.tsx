import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../shared/domain';
import { useServices } from '../app/AppContext';
import { useNotify } from '../app/notify';
import { DeleteDialog } from '../components/DeleteDialog';
import { EmptyState, ListTable, RowActions } from '../components/ListTable';
import { formatPeriod, formatSek } from '../lib/formatDates';
import { ProjectForm } from './ProjectForm';

/** The evaluation's project register. */
export function ProjectsScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const projects = useLiveQuery(() => repos.projects.list(evaluationId), [evaluationId]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Project | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);

  return (
    <section className="screen" aria-labelledby="projects-heading">
      <header className="screen-header">
        <h1 id="projects-heading">{t('ui.projects.heading')}</h1>
        <div className="actions">
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
        <ListTable
          caption={t('ui.projects.caption')}
          columns={[
            { label: t('ui.project.name') },
            { label: t('ui.project.code') },
            { label: t('ui.project.owner') },
            { label: t('ui.project.manager') },
            { label: t('ui.project.level') },
            { label: t('ui.project.period') },
            { label: t('ui.project.budget'), numeric: true },
          ]}
        >
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row">
                {project.name}
                {project.municipalities.length > 0 && <div className="muted small">{project.municipalities.join(', ')}</div>}
              </th>
              <td>{project.code}</td>
              <td>{project.owner}</td>
              <td>{project.manager}</td>
              <td>{project.level ? t(`levelShort.${project.level}`) : '–'}</td>
              <td>{formatPeriod(project.startDate, project.endDate)}</td>
              <td className="numeric nowrap">{formatSek(project.budgetSek)}</td>
              <RowActions
                actions={[
                  { label: t('ui.common.edit'), name: t('ui.projects.editNamed', { name: project.name }), onClick: () => setEditing(project) },
                  {
                    label: t('ui.common.delete'),
                    name: t('ui.projects.deleteNamed', { name: project.name }),
                    onClick: () => setDeleting(project),
                    danger: true,
                  },
                ]}
              />
            </tr>
          ))}
        </ListTable>
      )}
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
          onClose={() => setEditing(null)}
          onSubmit={async (input) => {
            await repos.projects.update(editing.id, input);
            setEditing(null);
            notify(t('ui.projects.saved', { name: input.name }));
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          title={t('ui.projects.deleteTitle')}
          confirmLabel={t('ui.projects.deleteConfirm')}
          describe={async () => t('ui.projects.deleteMessage', { name: deleting.name, ...(await repos.projects.contents(deleting.id)) })}
          onDelete={() => repos.projects.remove(deleting.id)}
          deletedMessage={t('ui.projects.deleted', { name: deleting.name })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
