import { useId, useMemo, useState } from 'react';
import { drillDownPredicate } from '../../../shared/analysis/drillDown';
import { parseAttributeKey } from '../../../shared/analysis/registerAttribute';
import { isFilterEmpty } from '../../../shared/analysis/matrixFilter';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../shared/coding/codeTree';
import type { Code, Id, Segment } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useCodes, useDataCodingsWithCodes, useFilterContext, useSegmentsWithCodes } from '../../store';
import { routeHref, useRoute } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { CodeNotes } from './CodeNotes';
import { ancestorsOf } from './codeTree';
import { DataEvidenceCard } from './DataEvidenceCard';
import { evidenceText } from './evidenceText';
import { QuoteCard } from './QuoteCard';
import { useCitations, usePages, type Citations } from './useCitations';
import { useDataEvidence, type DataEvidence } from './useDataEvidence';
import './codebook.css';

interface ProjectGroup {
  /** Null for the passages about the programme as a whole. */
  projectId: Id | null;
  name: string;
  segments: Segment[];
}

/** Quotes by project (by name), each project's by document (oldest first, then title) and position. */
function groupByProject(segments: readonly Segment[], citations: Citations, unknownProject: string, programme: string): ProjectGroup[] {
  const groups = new Map<Id | null, ProjectGroup>();
  for (const segment of segments) {
    let group = groups.get(segment.projectId);
    if (!group) {
      const name = segment.projectId === null ? programme : (citations.projects.get(segment.projectId)?.name ?? unknownProject);
      group = { projectId: segment.projectId, name, segments: [] };
      groups.set(segment.projectId, group);
    }
    group.segments.push(segment);
  }
  const documentKey = (segment: Segment) => {
    const document = citations.documents.get(segment.documentId);
    return `${document?.date ?? '9999'}\u0000${document?.title ?? ''}\u0000${segment.documentId}`;
  };
  for (const group of groups.values()) {
    group.segments.sort((a, b) => documentKey(a).localeCompare(documentKey(b), 'sv') || a.position.start - b.position.start || a.position.end - b.position.end);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function sortData(items: readonly DataEvidence[]): DataEvidence[] {
  return [...items].sort(
    (a, b) =>
      (a.project?.name ?? '\uffff').localeCompare(b.project?.name ?? '\uffff', 'sv') ||
      (a.dataset?.name ?? '').localeCompare(b.dataset?.name ?? '', 'sv') ||
      (a.row?.index ?? 0) - (b.row?.index ?? 0) ||
      (a.coding.column ?? -1) - (b.coding.column ?? -1),
  );
}

/**
 * All evidence of a code: its quotes in context with their citations (project, document, page), each
 * opening the reader at the quote, and the table rows and cells coded with it. A header gives the code's
 * label, place, definition and notes, and the counts.
 */
export function CodeQuotesScreen({ evaluationId, codeId }: { evaluationId: string; codeId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const headingId = useId();
  const route = useRoute();
  const [withChildren, setWithChildren] = useState(route.name === 'code' && route.subtree === true);
  const codes = useCodes(repos, evaluationId);
  const code = codes?.find((c) => c.id === codeId);
  const hasChildren = Boolean(codes?.some((c) => c.parentId === codeId));
  const codeIds = codes && code ? [...(withChildren ? subtreeIds(codes, codeId) : [codeId])].sort() : null;
  const allSegments = useSegmentsWithCodes(repos, evaluationId, codeIds);
  const allCodings = useDataCodingsWithCodes(repos, evaluationId, codeIds);
  // Opened from the results matrix or a cross-tab with its filter: the same evidence that was counted.
  const filter = route.name === 'code' && route.filter && !isFilterEmpty(route.filter) ? route.filter : null;
  const withoutKey = route.name === 'code' ? (route.without ?? '') : '';
  const without = useMemo(() => parseAttributeKey(withoutKey), [withoutKey]);
  const narrowed = filter !== null || without !== null;
  const fromAnalysis = route.name === 'code' ? route.fromAnalysis : undefined;
  const filterContext = useFilterContext(repos, evaluationId, narrowed && allSegments ? allSegments.map((s) => s.documentId) : []);
  const passes = useMemo(() => (narrowed && filterContext ? drillDownPredicate(filter, without, filterContext) : null), [narrowed, filter, without, filterContext]);
  // Opened from a project's page: that project's evidence only.
  const projectId = route.name === 'code' ? route.projectId : undefined;
  const ofProject = <T extends { projectId: Id | null }>(list: T[] | undefined) => (projectId && list ? list.filter((item) => item.projectId === projectId) : list);
  const segments = ofProject(narrowed ? (passes && allSegments ? allSegments.filter((s) => passes(s)) : undefined) : allSegments);
  const codings = ofProject(narrowed ? (passes && allCodings ? allCodings.filter((c) => passes({ ...c, documentId: null })) : undefined) : allCodings);
  const citations = useCitations(evaluationId, segments);
  const pages = usePages(segments);
  const data = useDataEvidence(evaluationId, codings);

  if (!codes) return <p className="muted">{t('ui.common.loading')}</p>;
  if (!code) {
    return (
      <section className="screen quotes-screen" aria-labelledby={headingId}>
        <a className="back-link" href={routeHref({ name: 'codebook', evaluationId })}>
          ← {t('ui.codebookEditor.quoteList.back')}
        </a>
        <h1 id={headingId}>{t('ui.codebook.heading')}</h1>
        <p>{t('ui.codebookEditor.quoteList.missing')}</p>
        <p>
          <a href={routeHref({ name: 'audit', evaluationId })}>{t('ui.codebookEditor.quoteList.openLog')}</a>
        </p>
      </section>
    );
  }

  const language = i18n.language;
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = [t(`framework.${code.frameworkId ?? 'own'}`, { defaultValue: code.frameworkId ?? '' }), ...ancestorsOf(byId, code).map((c) => codeLabel(c, language))];
  const groups = segments && citations ? groupByProject(segments, citations, t('ui.codebookEditor.quote.unknownProject'), t('ui.codebookEditor.quote.programme')) : null;
  const documentCount = segments ? new Set(segments.map((s) => s.documentId)).size : 0;
  const otherCodes = (segment: Segment) => segment.codeIds.filter((id) => id !== code.id).map((id) => byId.get(id)).filter((c): c is Code => c !== undefined);

  return (
    <section className="screen quotes-screen" aria-labelledby={headingId}>
      <a className="back-link" href={routeHref({ name: 'codebook', evaluationId })}>
        ← {t('ui.codebookEditor.quoteList.back')}
      </a>
      <header className="quotes-header">
        <h1 id={headingId} className="quotes-title">
          <span className="code-swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
          {codeLabel(code, language)}
        </h1>
        <p className="quotes-path">{path.join(t('ui.codebookEditor.pathSeparator'))}</p>
        <CodeNotes code={code} language={language} />
      </header>
      {narrowed && fromAnalysis && (
        <p className="quotes-filtered">
          {t('ui.analysis.filtered.note')} <a href={routeHref({ name: 'analysis', evaluationId, ...(filter ? { filter } : {}), ...fromAnalysis, ...(withChildren ? { subtree: true } : {}) })}>{t('ui.analysis.filtered.back')}</a> ·{' '}
          <a href={routeHref({ name: 'code', evaluationId, codeId })}>{t('ui.matrix.filtered.showAll')}</a>
        </p>
      )}
      {narrowed && !fromAnalysis && (
        <p className="quotes-filtered">
          {t('ui.matrix.filtered.note')} <a href={routeHref({ name: 'matrix', evaluationId, ...(filter ? { filter } : {}) })}>{t('ui.matrix.filtered.back')}</a> ·{' '}
          <a href={routeHref({ name: 'code', evaluationId, codeId })}>{t('ui.matrix.filtered.showAll')}</a>
        </p>
      )}
      {projectId && (
        <p className="quotes-filtered">
          {t('ui.projectPage.quotesOfProject', { name: citations?.projects.get(projectId)?.name ?? '…' })}{' '}
          <a href={routeHref({ name: 'project', evaluationId, projectId })}>{t('ui.projectPage.backToProject')}</a> ·{' '}
          <a href={routeHref({ name: 'code', evaluationId, codeId })}>{t('ui.matrix.filtered.showAll')}</a>
        </p>
      )}
      {segments && codings && (
        <div className="quotes-summary">
          <p aria-live="polite">
            {segments.length > 0
              ? t('ui.codebookEditor.quoteList.summary', {
                  quotes: t('ui.codebookEditor.quotes', { count: segments.length }),
                  projects: t('ui.codebookEditor.quoteList.projects', { count: groups?.length ?? new Set(segments.map((s) => s.projectId)).size }),
                  documents: t('ui.codebookEditor.quoteList.documents', { count: documentCount }),
                })
              : evidenceText(t, { segments: 0, data: 0 })}
            {codings.length > 0 && ` · ${t('ui.codebookEditor.dataRows', { count: codings.length })}`}
          </p>
          {hasChildren && (
            <label className="checkbox-label">
              <input type="checkbox" checked={withChildren} onChange={(event) => setWithChildren(event.target.checked)} />
              {t('ui.codebookEditor.quoteList.includeChildren')}
            </label>
          )}
        </div>
      )}
      {segments && codings && segments.length === 0 && codings.length === 0 && <p className="empty">{t('ui.codebookEditor.quoteList.empty')}</p>}
      {groups?.map((group) => (
        <section key={group.projectId ?? 'programme'} className="project-quotes" aria-labelledby={`${headingId}-${group.projectId ?? 'programme'}`}>
          <h2 id={`${headingId}-${group.projectId ?? 'programme'}`}>
            {group.name} <span className="heading-count">{group.segments.length}</span>
          </h2>
          <ol className="quote-list">
            {group.segments.map((segment) => (
              <QuoteCard
                key={segment.id}
                evaluationId={evaluationId}
                segment={segment}
                citations={citations}
                pages={pages}
                codes={otherCodes(segment)}
                codesLabel={t('ui.codebookEditor.quote.otherCodes')}
              />
            ))}
          </ol>
        </section>
      ))}
      {data && data.length > 0 && (
        <section className="project-quotes" aria-labelledby={`${headingId}-data`}>
          <h2 id={`${headingId}-data`}>
            {t('ui.codebookEditor.quoteList.dataHeading')} <span className="heading-count">{data.length}</span>
          </h2>
          <ol className="quote-list">
            {sortData(data).map((item) => (
              <DataEvidenceCard key={item.coding.id} evaluationId={evaluationId} item={item} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
