import { memo, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/text/search/searchTypes';
import type { SnippetPart } from '../../../shared/text/search/snippet';
import { routeHref } from '../../services/route';
import { repeatedText } from '../../ui/repeatedText';
import { Snippet } from './Snippet';

/** What a result group shows about its document. */
export interface DocumentLabel {
  title: string;
  project: string;
  /** Type and date, already in words. */
  details: string;
}

interface Props {
  evaluationId: string;
  hits: readonly SearchHit[];
  snippets: ReadonlyMap<number, SnippetPart[]>;
  labels: ReadonlyMap<string, DocumentLabel>;
  shown: number;
  onShowMore: () => void;
  loadSnippets: (from: number, to: number) => void;
}

interface Group {
  documentId: string;
  /** Index of the group's first hit in the whole list. */
  first: number;
  /** Every hit of the document, shown or not. */
  count: number;
  hits: { hit: SearchHit; index: number }[];
  /** Whether the document has pages (a plain-text report has none). */
  paged: boolean;
}

/** Hits grouped by document, in the order the worker listed them (project, then title). */
function groupsOf(hits: readonly SearchHit[], shown: number): Group[] {
  const groups: Group[] = [];
  hits.forEach((hit, index) => {
    let group = groups.at(-1);
    if (!group || group.documentId !== hit.documentId) {
      group = { documentId: hit.documentId, first: index, count: 0, hits: [], paged: false };
      groups.push(group);
    }
    group.count++;
    if (hit.page !== null) group.paged = true;
    if (index < shown) group.hits.push({ hit, index });
  });
  return groups.filter((group) => group.hits.length > 0);
}

/** Hits painted at once when an answer comes (more than a screenful); the rest of the page follows in the background. */
export const FIRST_PAINT = 40;

/**
 * The hits of a search, by document, each a link into the reader with its page and snippet. Rendered
 * again only when what it shows changes (not as the evaluator types); the words every hit repeats are
 * translated once per language (the search benchmark's profile: i18next held a sixth of the main thread).
 * Mounted afresh for each answer (keyed by it): the first screenful is painted at once and the rest of
 * the page's hits a moment later, without holding up the first paint.
 */
export const SearchResults = memo(function SearchResults({ evaluationId, hits, snippets, labels, shown, onShowMore, loadSnippets }: Props): ReactNode {
  const { t } = useTranslation();
  const rendered = useDeferredValue(shown, Math.min(shown, FIRST_PAINT));
  const groups = useMemo(() => groupsOf(hits, rendered), [hits, rendered]);
  useEffect(() => loadSnippets(0, shown), [loadSnippets, shown]);
  const rest = hits.length - Math.min(shown, hits.length);
  // Translated once per language, not per render: a page of hits repeats these words two hundred times.
  const words = useMemo(() => repeatedText(t), [t]);
  const openHit = words.text('ui.search.openHit');
  const pageLabel = words.template('ui.search.page', ['page']);
  const documentHits = words.template('ui.search.documentHits', ['title']);

  return (
    <div className="search-results" role="region" aria-label={t('ui.search.resultsLabel')}>
      {groups.map((group) => {
        const label = labels.get(group.documentId);
        if (!label) return null;
        const href = routeHref({ name: 'reader', evaluationId, documentId: group.documentId });
        const headingId = `search-doc-${group.first}`;
        return (
          <section key={`${group.documentId}-${group.first}`} className="search-group" aria-labelledby={headingId}>
            <header className="search-group-head">
              <h2 id={headingId} className="search-doc-title">
                <a className="strong-link" href={href}>
                  {label.title}
                </a>
              </h2>
              <p className="search-doc-meta">
                {[label.project, label.details].filter(Boolean).join(' · ')}
                <span className="search-doc-count">{words.text('ui.search.hitCount', { count: group.count })}</span>
              </p>
            </header>
            <ol className={group.paged ? 'search-hits' : 'search-hits search-hits-unpaged'} aria-label={documentHits({ title: label.title })}>
              {group.hits.map(({ hit, index }) => {
                const parts = hit.snippet ?? snippets.get(index) ?? null;
                return (
                  <li key={`${hit.start}-${hit.end}`} className="search-hit-row">
                    {group.paged && <span className="search-page">{hit.page !== null ? pageLabel({ page: hit.page }) : ''}</span>}
                    <a className="search-snippet" href={routeHref({ name: 'reader', evaluationId, documentId: group.documentId, at: { start: hit.start, end: hit.end } })} title={openHit}>
                      {parts ? <Snippet parts={parts} /> : <span className="muted">…</span>}
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {rest > 0 && (
        <button type="button" className="search-more" onClick={onShowMore}>
          {t('ui.search.showMore', { count: rest })}
        </button>
      )}
    </div>
  );
});
