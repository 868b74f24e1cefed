import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { formatPeriod, formatSek } from '../../ui/formatDates';
import { useNotify } from '../../ui/notify';
import { ProjectForm } from './ProjectForm';

/** The project's register fields, its free attributes included, with the button that edits them. */
export function ProjectRegister({ project, headingId }: { project: Project; headingId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const facts: [string, string][] = [
    [t('ui.project.code'), project.code || '–'],
    [t('ui.project.owner'), project.owner || '–'],
    [t('ui.project.manager'), project.manager || '–'],
    [t('ui.project.municipalities'), project.municipalities.join(', ') || '–'],
    [t('ui.project.county'), project.county || '–'],
    [t('ui.project.level'), project.level ? t(`levelShort.${project.level}`) : '–'],
    [t('ui.project.theme'), project.theme || '–'],
    [t('ui.project.period'), formatPeriod(project.startDate, project.endDate)],
    [t('ui.project.budget'), formatSek(project.budgetSek)],
    ...project.attributes.map((attribute): [string, string] => [attribute.name, attribute.value]),
  ];
  return (
    <section className="panel project-section" aria-labelledby={headingId}>
      <div className="project-section-head">
        <h2 id={headingId}>{t('ui.projectPage.facts')}</h2>
        <button type="button" onClick={() => setEditing(true)} aria-label={t('ui.projectPage.editLabel', { name: project.name })}>
          {t('ui.projectPage.edit')}
        </button>
      </div>
      <dl className="facts">
        {facts.map(([label, value], index) => (
          <Fragment key={index}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {editing && (
        <ProjectForm
          title={t('ui.projects.editTitle')}
          submitLabel={t('ui.common.save')}
          initial={project}
          current={project}
          onClose={() => setEditing(false)}
          onSubmit={async (input, base) => {
            const conflicts = await repos.projects.update(project.id, { base, edited: input });
            if (conflicts.length > 0) return conflicts;
            setEditing(false);
            notify(t('ui.projects.saved', { name: input.name }));
          }}
        />
      )}
    </section>
  );
}
