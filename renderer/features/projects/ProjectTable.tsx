import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import { attributeLayout, attributeValue, periodParts, type ProjectSort, type ProjectSortKey } from '../../../shared/domain/projectList';
import { routeHref } from '../../services/route';
import { RowActions } from '../../ui/ListTable';
import { formatSek } from '../../ui/formatDates';

interface Props {
  evaluationId: string;
  /** The projects to show, filtered and sorted. */
  projects: readonly Project[];
  /** The free attributes of all the evaluation's projects, so the columns stay while filtering. */
  attributes: readonly string[];
  sort: ProjectSort;
  onSort: (key: ProjectSortKey) => void;
  onEdit: (project: Project) => void;
  onDelete: (project: Project) => void;
}

function SortHeader({ label, sortKey, sort, onSort, numeric }: { label: string; sortKey: ProjectSortKey; sort: ProjectSort; onSort: (key: ProjectSortKey) => void; numeric?: boolean }) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** The period on one line where there is room, else broken between its dates only. */
function Period({ start, end }: { start: string | null; end: string | null }) {
  const parts = periodParts(start, end);
  if (!parts) return <>–</>;
  return (
    <>
      <span className="nowrap">{parts[0]}</span> <span className="nowrap">{parts[1]}</span>
    </>
  );
}

/**
 * The project register as a table sortable by each column: name, code, owner, theme, level, county,
 * period, budget, and the free attributes (a column each when few, else one compact column).
 */
export function ProjectTable({ evaluationId, projects, attributes, sort, onSort, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const compact = attributeLayout(attributes) === 'compact';
  const header = (label: string, sortKey: ProjectSortKey, numeric?: boolean) => <SortHeader label={label} sortKey={sortKey} sort={sort} onSort={onSort} numeric={numeric} />;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('ui.projects.caption')}</caption>
        <thead>
          <tr>
            {header(t('ui.project.name'), 'name')}
            {header(t('ui.project.code'), 'code')}
            {header(t('ui.project.owner'), 'owner')}
            {header(t('ui.project.theme'), 'theme')}
            {header(t('ui.project.level'), 'level')}
            {header(t('ui.project.county'), 'county')}
            {header(t('ui.project.period'), 'period')}
            {header(t('ui.project.budget'), 'budget', true)}
            {compact ? <th scope="col">{t('ui.project.attributes')}</th> : attributes.map((name) => <SortHeader key={name} label={name} sortKey={`attribute:${name}`} sort={sort} onSort={onSort} />)}
            <th scope="col">
              <span className="visually-hidden">{t('ui.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row">
                <a className="strong-link" href={routeHref({ name: 'project', evaluationId, projectId: project.id })}>
                  {project.name}
                </a>
                {project.municipalities.length > 0 && <div className="muted small">{project.municipalities.join(', ')}</div>}
              </th>
              <td className="nowrap">{project.code}</td>
              <td>
                {project.owner}
                {project.manager && <div className="muted small">{project.manager}</div>}
              </td>
              <td>{project.theme}</td>
              <td>{project.level ? t(`levelShort.${project.level}`) : '–'}</td>
              <td>{project.county}</td>
              <td>
                <Period start={project.startDate} end={project.endDate} />
              </td>
              <td className="numeric nowrap">{formatSek(project.budgetSek)}</td>
              {compact ? (
                <td className="small">
                  {project.attributes.map((attribute) => (
                    <div key={attribute.name}>
                      <span className="muted">{attribute.name}:</span> {attribute.value}
                    </div>
                  ))}
                </td>
              ) : (
                attributes.map((name) => <td key={name}>{attributeValue(project, name)}</td>)
              )}
              <RowActions
                actions={[
                  { label: t('ui.common.edit'), name: t('ui.projects.editNamed', { name: project.name }), onClick: () => onEdit(project) },
                  { label: t('ui.common.delete'), name: t('ui.projects.deleteNamed', { name: project.name }), onClick: () => onDelete(project), danger: true },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
