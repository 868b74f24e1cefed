import { useEffect, useState } from 'react';
import { isFilterEmpty, matrixFilterEntries, parseMatrixFilter, type MatrixFilter } from '../../shared/analysis/matrixFilter';

/** The screens of the app, addressed by the URL hash so reloads and history work in both modes. */
export type Route =
  | { name: 'evaluations' }
  | { name: 'settings' }
  | { name: 'overview'; evaluationId: string }
  | { name: 'projects'; evaluationId: string }
  | { name: 'documents'; evaluationId: string }
  | { name: 'reader'; evaluationId: string; documentId: string; segmentId?: string; at?: { start: number; end: number } }
  | { name: 'search'; evaluationId: string }
  | {
      name: 'code';
      evaluationId: string;
      codeId: string;
      filter?: MatrixFilter;
      /** Only this project's evidence (from its page). */
      projectId?: string;
      subtree?: boolean;
      without?: string;
      /** Opened from a cross-tab of Analys (with its framework and attribute), not from the results matrix. */
      fromAnalysis?: { framework?: string; by?: string };
    }
  | { name: 'audit'; evaluationId: string }
  | { name: 'matrix'; evaluationId: string; filter?: MatrixFilter }
  | {
      name: 'judgements';
      evaluationId: string;
      /** The framework shown, and the cell opened: a criterion for a subject (a project's id, or `programme`). */
      framework?: string;
      open?: { codeId: string; subjectKey: string };
    }
  | { name: 'findings'; evaluationId: string; /** A new finding tied to this judgement (from the judgement editor). */ judgementId?: string }
  | { name: 'analysis'; evaluationId: string; filter?: MatrixFilter; framework?: string; by?: string; subtree?: boolean }
  | { name: 'agreement'; evaluationId: string }
  | { name: 'codebook'; evaluationId: string }
  | { name: 'report'; evaluationId: string }
  | { name: 'datasets'; evaluationId: string }
  | { name: 'dataset'; evaluationId: string; datasetId: string }
  | { name: 'project'; evaluationId: string; projectId: string };

/** The matrix filter after the `?` of a hash, or nothing when none is set. */
function filterOf(query: string): { filter?: MatrixFilter } {
  const filter = parseMatrixFilter(new URLSearchParams(query));
  return isFilterEmpty(filter) ? {} : { filter };
}

/**
 * Beside the filter: `project=<id>` (the quote list narrowed to one project, from its page), `sub=1` (a code
 * counted with the codes below it), `without=<attribute>` (only projects with no value of a register
 * attribute: the cross-tab's "utan värde"), `fw` and `by` (the analysis' framework and attribute), `from=analysis`
 * (a quote list opened from Analys, with `fw` and `by` to go back to). The
 * filter's parser ignores them.
 */
interface Extras {
  projectId?: string;
  subtree?: boolean;
  without?: string;
  framework?: string;
  by?: string;
  fromAnalysis?: boolean;
}

function extrasOf(query: string): Extras {
  const params = new URLSearchParams(query);
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const extras: Extras = {};
  if (params.get('sub') === '1') extras.subtree = true;
  if (params.get('from') === 'analysis') extras.fromAnalysis = true;
  for (const [key, field] of [['project', 'projectId'], ['without', 'without'], ['fw', 'framework'], ['by', 'by']] as const) {
    const value = text(key);
    if (value !== undefined) extras[field] = value;
  }
  return extras;
}

function queryOf(filter: MatrixFilter | undefined, extras: [string, string | boolean | undefined][] = []): string {
  const entries = filter && !isFilterEmpty(filter) ? matrixFilterEntries(filter) : [];
  for (const [key, value] of extras) if (value !== undefined && value !== false && value !== '') entries.push([key, value === true ? '1' : value]);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.split('?', 2);
  const parts = path.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'e' && parts[1]) {
    const evaluationId = parts[1];
    if (parts[2] === 'documents' && parts[3] && parts[4] === 's' && parts[5]) return { name: 'reader', evaluationId, documentId: parts[3], segmentId: parts[5] };
    const at = parts[2] === 'documents' && parts[4] === 'at' ? /^(\d+)-(\d+)$/.exec(parts[5] ?? '') : null;
    if (parts[3] && at && Number(at[1]) < Number(at[2])) return { name: 'reader', evaluationId, documentId: parts[3], at: { start: Number(at[1]), end: Number(at[2]) } };
    if (parts[2] === 'documents' && parts[3]) return { name: 'reader', evaluationId, documentId: parts[3] };
    if (parts[2] === 'search') return { name: 'search', evaluationId };
    if (parts[2] === 'codebook' && parts[3]) {
      const { projectId, subtree, without, fromAnalysis, framework, by } = extrasOf(query);
      return {
        name: 'code',
        evaluationId,
        codeId: parts[3],
        ...filterOf(query),
        ...(projectId ? { projectId } : {}),
        ...(subtree ? { subtree } : {}),
        ...(without ? { without } : {}),
        ...(fromAnalysis ? { fromAnalysis: { ...(framework ? { framework } : {}), ...(by ? { by } : {}) } } : {}),
      };
    }
    if (parts[2] === 'analysis') {
      const { subtree, framework, by } = extrasOf(query);
      return { name: 'analysis', evaluationId, ...filterOf(query), ...(subtree ? { subtree } : {}), ...(framework ? { framework } : {}), ...(by ? { by } : {}) };
    }
    if (parts[2] === 'agreement') return { name: 'agreement', evaluationId };
    if (parts[2] === 'audit') return { name: 'audit', evaluationId };
    if (parts[2] === 'report') return { name: 'report', evaluationId };
    if (parts[2] === 'documents') return { name: 'documents', evaluationId };
    if (parts[2] === 'matrix') return { name: 'matrix', evaluationId, ...filterOf(query) };
    if (parts[2] === 'codebook') return { name: 'codebook', evaluationId };
    if (parts[2] === 'judgements') {
      const params = new URLSearchParams(query);
      const framework = params.get('fw')?.trim();
      const codeId = params.get('code')?.trim();
      const subjectKey = params.get('subject')?.trim();
      return { name: 'judgements', evaluationId, ...(framework ? { framework } : {}), ...(codeId && subjectKey ? { open: { codeId, subjectKey } } : {}) };
    }
    if (parts[2] === 'findings') {
      const judgementId = new URLSearchParams(query).get('judgement')?.trim();
      return { name: 'findings', evaluationId, ...(judgementId ? { judgementId } : {}) };
    }
    if (parts[2] === 'data' && parts[3]) return { name: 'dataset', evaluationId, datasetId: parts[3] };
    if (parts[2] === 'data') return { name: 'datasets', evaluationId };
    if (parts[2] === 'projects' && parts[3]) return { name: 'project', evaluationId, projectId: parts[3] };
    if (parts[2] === 'projects') return { name: 'projects', evaluationId };
    return { name: 'overview', evaluationId };
  }
  return { name: 'evaluations' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'evaluations':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'overview':
      return `#/e/${encodeURIComponent(route.evaluationId)}`;
    case 'projects':
      return `#/e/${encodeURIComponent(route.evaluationId)}/projects`;
    case 'documents':
      return `#/e/${encodeURIComponent(route.evaluationId)}/documents`;
    case 'reader':
      return `#/e/${encodeURIComponent(route.evaluationId)}/documents/${encodeURIComponent(route.documentId)}${route.segmentId ? `/s/${encodeURIComponent(route.segmentId)}` : route.at ? `/at/${route.at.start}-${route.at.end}` : ''}`;
    case 'search':
      return `#/e/${encodeURIComponent(route.evaluationId)}/search`;
    case 'code':
      return `#/e/${encodeURIComponent(route.evaluationId)}/codebook/${encodeURIComponent(route.codeId)}${queryOf(route.filter, [
        ['project', route.projectId],
        ['sub', route.subtree],
        ['without', route.without],
        ['from', route.fromAnalysis ? 'analysis' : undefined],
        ['fw', route.fromAnalysis?.framework],
        ['by', route.fromAnalysis?.by],
      ])}`;
    case 'audit':
      return `#/e/${encodeURIComponent(route.evaluationId)}/audit`;
    case 'agreement':
      return `#/e/${encodeURIComponent(route.evaluationId)}/agreement`;
    case 'codebook':
      return `#/e/${encodeURIComponent(route.evaluationId)}/codebook`;
    case 'report':
      return `#/e/${encodeURIComponent(route.evaluationId)}/report`;
    case 'matrix':
      return `#/e/${encodeURIComponent(route.evaluationId)}/matrix${queryOf(route.filter)}`;
    case 'judgements':
      return `#/e/${encodeURIComponent(route.evaluationId)}/judgements${queryOf(undefined, [['fw', route.framework], ['code', route.open?.codeId], ['subject', route.open?.subjectKey]])}`;
    case 'findings':
      return `#/e/${encodeURIComponent(route.evaluationId)}/findings${queryOf(undefined, [['judgement', route.judgementId]])}`;
    case 'analysis':
      return `#/e/${encodeURIComponent(route.evaluationId)}/analysis${queryOf(route.filter, [['fw', route.framework], ['by', route.by], ['sub', route.subtree]])}`;
    case 'datasets':
      return `#/e/${encodeURIComponent(route.evaluationId)}/data`;
    case 'dataset':
      return `#/e/${encodeURIComponent(route.evaluationId)}/data/${encodeURIComponent(route.datasetId)}`;
    case 'project':
      return `#/e/${encodeURIComponent(route.evaluationId)}/projects/${encodeURIComponent(route.projectId)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
