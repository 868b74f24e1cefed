import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Granularity } from '../../../shared/text/search/expandRange';
import { MAX_HITS, TIME_BUDGET_MS } from '../../../shared/text/search/searchIndex';
import type { Code } from '../../../shared/domain';
import type { HitRef, SearchMode } from '../../../shared/text/search/searchTypes';
import { useServices } from '../../services/AppContext';
import { useCodes, useProjects } from '../../store';
import { navigate } from '../../services/route';
import { EmptyState } from '../../ui/ListTable';
import { useStableCallback } from '../../ui/useStableCallback';
import { AutoCodePanel } from './AutoCodePanel';
import { AutoCodeReview } from './AutoCodeReview';
import { SearchResults, type DocumentLabel } from './SearchResults';
import { useSearchIndex } from './useSearchIndex';
import { PAGE, useSearchResults, type SearchResults as Results } from './useSearchResults';
import './search.css';

/** The status line under the search field: the index's progress, then what the search found. */
function statusOf(results: Results, t: (key: string, values?: Record<string, unknown>) => string): { text: string; tone: 'muted' | 'error' | 'plain' } {
  const { outcome } = results;
  if (results.error) return { text: t('ui.search.failed', { detail: results.error }), tone: 'error' };
  if (!outcome) return { text: results.searching ? t('ui.search.searching') : '', tone: 'muted' };
  switch (outcome.kind) {
    case 'empty':
      return { text: '', tone: 'muted' };
    case 'timeout':
      return { text: t('ui.search.timeout'), tone: 'error' };
    case 'invalid':
      return { text: t(`ui.search.invalid.${outcome.reason}`, { detail: outcome.detail }), tone: 'error' };
    case 'hits': {
      if (outcome.hits.length === 0) return { text: t('ui.search.none'), tone: 'plain' };
      const documents = new Set(outcome.hits.map((hit) => hit.documentId)).size;
      return { text: t('ui.search.summary', { hits: t('ui.search.hitCount', { count: outcome.hits.length }), documents: t('ui.search.documentCount', { count: documents }) }), tone: 'plain' };
    }
  }
}

/**
 * Full-text search across the evaluation's current documents, with hits in context that open the reader,
 * and auto-coding of the hits (a hit, its sentence or its paragraph) after a review, as one undoable step.
 */
export function SearchScreen({ evaluationId, codeId: initialCodeId = '' }: { evaluationId: string; codeId?: string }): ReactNode {
  const { t } = useTranslation();
  const { repos } = useServices();
  const { client, status, documents } = useSearchIndex(evaluationId);
  const projects = useProjects(repos, evaluationId);
  const codes = useCodes(repos, evaluationId);
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<SearchMode>({ caseSensitive: false, diacriticSensitive: false, regex: false });
  const [shown, setShown] = useState({ key: '', count: PAGE });
  const [codeId, setCodeId] = useState(initialCodeId);
  const [granularity, setGranularity] = useState<Granularity>('sentence');
  /** What the review was opened for, kept as it was while the dialog is open. */
  const [reviewing, setReviewing] = useState<{ hits: readonly HitRef[]; granularity: Granularity; code: Code; order: readonly string[] } | null>(null);

  const { labels, order } = useMemo(() => {
    const names = new Map((projects ?? []).map((project) => [project.id, project.name]));
    const projectName = { get: (id: string | null) => (id === null ? t('ui.documents.programme') : names.get(id)) };
    const sorted = [...(documents ?? [])].sort(
      (a, b) => (projectName.get(a.projectId) ?? '').localeCompare(projectName.get(b.projectId) ?? '', 'sv') || a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id),
    );
    const map = new Map<string, DocumentLabel>(
      sorted.map((document) => [
        document.id,
        { title: document.title, project: projectName.get(document.projectId) ?? '', details: [t(`documentType.${document.type}`), document.date ?? ''].filter(Boolean).join(' · ') },
      ]),
    );
    return { labels: map, order: sorted.map((document) => document.id) };
  }, [documents, projects, t]);

  const results = useSearchResults(client, status.version, query, mode, order);
  const { outcome } = results;
  const hits = outcome?.kind === 'hits' ? outcome.hits : null;
  const resultKey = results.answered ? `${results.answered.query}\u0000${JSON.stringify(results.answered.mode)}` : '';
  const shownCount = shown.key === resultKey ? shown.count : PAGE;
  const code = codes?.find((candidate) => candidate.id === codeId) ?? null;
  const line = statusOf(results, t);

  let blocked: string | null = null;
  if (!hits || hits.length === 0) blocked = t('ui.search.needSearch');
  else if (outcome?.kind === 'hits' && outcome.more) blocked = t('ui.search.tooMany', { count: MAX_HITS });
  else if (outcome?.kind === 'hits' && outcome.stopped) blocked = t('ui.search.incomplete');
  else if (status.building || status.indexed < status.total) blocked = t('ui.search.notReady');
  else if (!code) blocked = t('ui.search.needCode');

  // Stable, so the hits are not rendered again as the evaluator types.
  const onShowMore = useStableCallback(() => setShown({ key: resultKey, count: shownCount + PAGE }));

  const setOption = (key: keyof SearchMode) => (event: { target: { checked: boolean } }) => setMode((previous) => ({ ...previous, [key]: event.target.checked }));

  if (documents !== undefined && documents.length === 0) {
    return (
      <section className="screen" aria-labelledby="search-heading">
        <header className="screen-header">
          <h1 id="search-heading">{t('ui.search.heading')}</h1>
        </header>
        <EmptyState>
          <p>{t('ui.search.noDocuments')}</p>
          <button type="button" onClick={() => navigate({ name: 'documents', evaluationId })}>
            {t('ui.search.goToDocuments')}
          </button>
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="screen search-screen" aria-labelledby="search-heading" data-search-ready={String(!status.building && status.total > 0 && status.indexed >= status.total)}>
      <header className="screen-header">
        <h1 id="search-heading">{t('ui.search.heading')}</h1>
      </header>
      <p className="lead">{t('ui.search.lead')}</p>
      <div className="search-layout">
        <div className="search-main">
          <form className="search-form" role="search" aria-label={t('ui.search.label')} onSubmit={(event) => event.preventDefault()}>
            <input
              type="search"
              className="search-input"
              aria-label={t('ui.search.label')}
              placeholder={t('ui.search.placeholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              spellCheck={false}
              autoFocus
            />
            <fieldset className="search-options">
              <legend className="visually-hidden">{t('ui.search.options')}</legend>
              <label className="checkbox-label">
                <input type="checkbox" checked={mode.caseSensitive} onChange={setOption('caseSensitive')} />
                {t('ui.search.caseSensitive')}
              </label>
              <label className="checkbox-label" title={mode.regex ? t('ui.search.regexHint') : t('ui.search.diacriticHint')}>
                <input type="checkbox" checked={mode.diacriticSensitive || mode.regex} disabled={mode.regex} onChange={setOption('diacriticSensitive')} />
                {t('ui.search.diacriticSensitive')}
              </label>
              <label className="checkbox-label">
                <input type="checkbox" checked={mode.regex} onChange={setOption('regex')} />
                {t('ui.search.regex')}
              </label>
            </fieldset>
            {mode.regex && <p className="muted small search-hint">{t('ui.search.regexHint')}</p>}
          </form>
          {status.failed ? (
            <p className="error-text" role="alert">
              {t('ui.search.indexFailed', { detail: status.failed })}
            </p>
          ) : (
            status.indexed < status.total && (
              <p className="muted small search-indexing">
                <progress max={status.total} value={status.indexed} aria-hidden="true" />
                {query.trim() === '' ? t('ui.search.indexing', { indexed: status.indexed, count: status.total }) : t('ui.search.indexingPartial', { indexed: status.indexed, count: status.total })}
              </p>
            )
          )}
          {/* The worker's own time for the search and the hits the page lists, for the benchmark to read. */}
          <p className={`search-status search-status-${line.tone}`} aria-live="polite" data-search-query={results.answered?.query ?? ''} data-elapsed-ms={outcome?.kind === 'hits' ? outcome.elapsedMs.toFixed(1) : undefined} data-hits-listed={hits ? Math.min(hits.length, shownCount) : undefined}>
            {line.text}
          </p>
          {outcome?.kind === 'hits' && outcome.more && <p className="notice search-notice">{t('ui.search.more', { count: MAX_HITS })}</p>}
          {outcome?.kind === 'hits' && outcome.stopped && <p className="notice search-notice">{t('ui.search.stopped', { seconds: t('ui.counts.seconds', { count: TIME_BUDGET_MS / 1000 }) })}</p>}
          {hits && hits.length > 0 && (
            <SearchResults
              key={resultKey}
              evaluationId={evaluationId}
              hits={hits}
              snippets={results.snippets}
              labels={labels}
              shown={shownCount}
              onShowMore={onShowMore}
              loadSnippets={results.loadSnippets}
            />
          )}
        </div>
        <AutoCodePanel
          codes={codes ?? []}
          codeId={codeId}
          onCodeId={setCodeId}
          granularity={granularity}
          onGranularity={setGranularity}
          hitCount={hits?.length ?? 0}
          blocked={blocked}
          onReview={() => hits && code && setReviewing({ hits, granularity, code, order })}
        />
      </div>
      {reviewing && (
        <AutoCodeReview
          evaluationId={evaluationId}
          client={client}
          hits={reviewing.hits}
          granularity={reviewing.granularity}
          code={reviewing.code}
          labels={labels}
          order={reviewing.order}
          onClose={() => setReviewing(null)}
        />
      )}
    </section>
  );
}
