import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetRow } from '../../../shared/domain';
import { projectEvidence } from '../../../shared/analysis/projectEvidence';
import { judgedFrameworks } from '../../../shared/analysis/frameworkTree';
import { projectJudgements } from '../../../shared/analysis/projectJudgements';
import { useServices } from '../../services/AppContext';
import { useDatasets, useJudgements, useProject, useProjectEvidence, useProjectRows, useRatingScales } from '../../store';
import { routeHref } from '../../services/route';
import { EmptyState } from '../../ui/ListTable';
import { FrameworkEvidenceTable } from './FrameworkEvidenceTable';
import { ProjectDatasetRows } from './ProjectDatasetRows';
import { ProjectDocuments } from './ProjectDocuments';
import { ProjectJudgements } from './ProjectJudgements';
import { ProjectRegister } from './ProjectRegister';
import './projectPage.css';

/** The page's sections in their order: the table of contents links to each by its heading's id. */
const SECTIONS = [
  { id: 'project-facts', label: 'ui.projectPage.facts' },
  { id: 'project-documents', label: 'ui.projectPage.documents' },
  { id: 'project-evidence', label: 'ui.projectPage.evidence' },
  { id: 'project-judgements', label: 'ui.projectPage.judgements' },
  { id: 'project-data', label: 'ui.projectPage.data' },
] as const;

/**
 * One project, what an evaluator reads before judging it: its register fields, its documents, its
 * evidence per framework, its judgements and its rows in every dataset, each a section with an h2 and a place in the
 * table of contents.
 */
export function ProjectScreen({ evaluationId, projectId }: { evaluationId: string; projectId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const project = useProject(repos, projectId);
  const sources = useProjectEvidence(repos, evaluationId, projectId);
  const datasets = useDatasets(repos, evaluationId);
  const rows = useProjectRows(repos, projectId);
  const evidence = useMemo(() => (sources ? projectEvidence(projectId, sources.codes, sources.segments, sources.codings, sources.documents) : undefined), [projectId, sources]);
  const judgements = useJudgements(repos, evaluationId);
  const scales = useRatingScales(repos, evaluationId);
  const judged = useMemo(
    () => (sources && judgements && scales ? projectJudgements(projectId, evaluationId, judgedFrameworks(sources.codes), sources.codes, judgements, scales) : undefined),
    [projectId, evaluationId, sources, judgements, scales],
  );
  const codesById = useMemo(() => new Map((sources?.codes ?? []).map((code) => [code.id, code])), [sources]);
  const byDataset = useMemo(() => {
    const groups = new Map<string, DatasetRow[]>();
    for (const row of rows ?? []) groups.set(row.datasetId, [...(groups.get(row.datasetId) ?? []), row]);
    for (const group of groups.values()) group.sort((a, b) => a.index - b.index);
    return groups;
  }, [rows]);

  if (project === null || (project && project.evaluationId !== evaluationId)) return <p>{t('ui.common.notFound')}</p>;
  if (!project) return <p className="muted">{t('ui.common.loading')}</p>;
  const withRows = (datasets ?? []).filter((dataset) => byDataset.has(dataset.id));
  const headingOf = (id: string) => `${id}-heading`;

  return (
    <section className="screen project-page" aria-labelledby="project-heading">
      <a className="back-link" href={routeHref({ name: 'projects', evaluationId })}>
        {t('ui.projectPage.back')}
      </a>
      <header className="screen-header">
        <h1 id="project-heading">{project.name}</h1>
      </header>
      <nav className="project-toc" aria-label={t('ui.projectPage.contents')}>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={routeHref({ name: 'project', evaluationId, projectId })} onClick={(event) => jumpTo(event, headingOf(section.id))}>
                {t(section.label)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <ProjectRegister project={project} headingId={headingOf('project-facts')} />

      <section className="project-section" aria-labelledby={headingOf('project-documents')}>
        <h2 id={headingOf('project-documents')}>
          {t('ui.projectPage.documents')} {evidence && <span className="muted small">{t('ui.projectPage.documentCount', { count: evidence.documents.length })}</span>}
        </h2>
        {evidence ? <ProjectDocuments evaluationId={evaluationId} documents={evidence.documents} /> : <p className="muted">{t('ui.common.loading')}</p>}
      </section>

      <section className="project-section" aria-labelledby={headingOf('project-evidence')}>
        <h2 id={headingOf('project-evidence')}>{t('ui.projectPage.evidence')}</h2>
        <p className="muted small">{t('ui.projectPage.evidenceLead')}</p>
        {!evidence && <p className="muted">{t('ui.common.loading')}</p>}
        {evidence && evidence.frameworks.length === 0 && <p className="muted small">{t('ui.projectPage.noCodes')}</p>}
        {evidence?.frameworks.map((framework) => (
          <FrameworkEvidenceTable key={framework.frameworkId ?? 'own'} evaluationId={evaluationId} projectId={projectId} framework={framework} codesById={codesById} />
        ))}
      </section>

      <section className="project-section" aria-labelledby={headingOf('project-judgements')}>
        <h2 id={headingOf('project-judgements')}>{t('ui.projectPage.judgements')}</h2>
        <p className="muted small">{t('ui.projectPage.judgementsLead')}</p>
        {!judged && <p className="muted">{t('ui.common.loading')}</p>}
        {judged?.map((framework) => (
          <ProjectJudgements key={framework.frameworkId} evaluationId={evaluationId} projectId={projectId} framework={framework} />
        ))}
      </section>

      <section className="project-section" aria-labelledby={headingOf('project-data')}>
        <h2 id={headingOf('project-data')}>{t('ui.projectPage.data')}</h2>
        {rows && withRows.length === 0 && (
          <EmptyState>
            <p>{t('ui.projectPage.noRows')}</p>
          </EmptyState>
        )}
        {withRows.map((dataset) => (
          <ProjectDatasetRows key={dataset.id} evaluationId={evaluationId} dataset={dataset} rows={byDataset.get(dataset.id) ?? []} />
        ))}
      </section>
    </section>
  );
}

/** The app routes by the URL hash, so a link to a section moves focus there and scrolls instead of navigating (its href is the page itself). */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}
