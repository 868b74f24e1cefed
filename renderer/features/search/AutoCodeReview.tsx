import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import type { Granularity } from '../../../shared/text/search/expandRange';
import type { HitRef, Passage } from '../../../shared/text/search/searchTypes';
import { useServices } from '../../services/AppContext';
import { useRunningWhile } from '../../services/runningWork';
import { recordStep } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { Dialog } from '../../ui/Dialog';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { granularityLabel } from './AutoCodePanel';
import type { SearchClient } from './searchClient';
import type { DocumentLabel } from './SearchResults';
import { Snippet } from './Snippet';
import { autoCodeMessage } from './autoCodeMessage';
import { errorDetail } from '../../ui/errorDetail';

/** Passages listed at first, and added per "show more" (the choice covers all of them either way). */
const PAGE = 150;

interface Props {
  evaluationId: string;
  client: SearchClient;
  hits: readonly HitRef[];
  granularity: Granularity;
  code: Code;
  labels: ReadonlyMap<string, DocumentLabel>;
  /** Documents in listing order. */
  order: readonly string[];
  onClose: () => void;
}

/**
 * The review before auto-coding: every passage that would be coded (a hit, or its sentence or paragraph,
 * merged where they overlap), each accepted until unticked; applying codes the accepted ones in one step.
 */
export function AutoCodeReview({ evaluationId, client, hits, granularity, code, labels, order, onClose }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const [rejected, setRejected] = useState<ReadonlySet<number>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<{ kind: 'load' | 'apply'; detail: string } | null>(null);
  const label = codeLabel(code, i18n.language);

  useEffect(() => {
    let live = true;
    const rank = new Map(order.map((id, index) => [id, index]));
    client.passages(hits, granularity).then(
      (found) => {
        if (!live) return;
        const rankOf = (passage: Passage) => rank.get(passage.documentId) ?? rank.size;
        setPassages([...found].sort((a, b) => rankOf(a) - rankOf(b) || a.start - b.start));
      },
      (failure: unknown) => {
        if (live) setError({ kind: 'load', detail: failure instanceof Error ? failure.message : String(failure) });
      },
    );
    return () => {
      live = false;
    };
  }, [client, hits, granularity, order]);

  const total = passages?.length ?? 0;
  const accepted = total - rejected.size;
  const numbers = useMemo(() => (passages ?? []).slice(0, shown), [passages, shown]);

  const toggle = (index: number, value: boolean) =>
    setRejected((previous) => {
      const next = new Set(previous);
      if (value) next.delete(index);
      else next.add(index);
      return next;
    });

  useRunningWhile('autoCoding', applying);

  const apply = async () => {
    if (!passages || accepted === 0) return;
    setApplying(true);
    setError(null);
    try {
      const ranges = passages.filter((_, index) => !rejected.has(index)).map(({ documentId, start, end }) => ({ documentId, start, end }));
      const outcome = await repos.coding.autoCode(evaluationId, ranges, code.id);
      recordStep(outcome.step);
      notify(autoCodeMessage(t, label, outcome));
      onClose();
    } catch (failure) {
      setError({ kind: 'apply', detail: errorDetail(t, failure) });
      setApplying(false);
    }
  };

  return (
    <Dialog title={t('ui.search.reviewTitle')} onClose={onClose} wide>
      <p className="review-summary">
        {t('ui.search.reviewSummary', { code: label, granularity: t(granularityLabel(granularity)), passages: t('ui.search.passageCount', { count: total }) })}
      </p>
      <p className="muted small">{t('ui.search.reviewLead')}</p>
      {passages === null && !error && <p className="muted">{t('ui.search.loadingPassages')}</p>}
      {passages !== null && (
        <>
          <div className="review-bulk">
            <button type="button" onClick={() => setRejected(new Set())} disabled={rejected.size === 0}>
              {t('ui.search.acceptAll')}
            </button>
            <button type="button" onClick={() => setRejected(new Set(passages.map((_, index) => index)))} disabled={accepted === 0}>
              {t('ui.search.rejectAll')}
            </button>
          </div>
          <ul className="review-list" aria-label={t('ui.search.passagesLabel')}>
            {numbers.map((passage, index) => {
              const document = labels.get(passage.documentId);
              const title = document?.title ?? '';
              const checked = !rejected.has(index);
              return (
                <li key={`${passage.documentId}-${passage.start}-${passage.end}`} className={checked ? 'review-item' : 'review-item review-item-rejected'}>
                  <label className="review-label">
                    <input type="checkbox" checked={checked} onChange={(event) => toggle(index, event.target.checked)} aria-label={t('ui.search.acceptPassage', { number: index + 1, title })} />
                    <span className="review-body">
                      <span className="review-meta">
                        {[title, passage.page !== null ? t('ui.search.page', { page: passage.page }) : '', t('ui.search.hitsInPassage', { count: passage.hits })].filter(Boolean).join(' · ')}
                      </span>
                      <span className="review-text">
                        <Snippet parts={passage.parts} />
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          {total > shown && (
            <button type="button" className="search-more" onClick={() => setShown((value) => value + PAGE)}>
              {t('ui.search.reviewShowMore', { count: total - shown })}
            </button>
          )}
        </>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t(error.kind === 'apply' ? 'ui.search.applyFailed' : 'ui.search.failed', { detail: error.detail })}
        </p>
      )}
      <div className="dialog-actions review-actions">
        <span className="muted small review-count" aria-live="polite">
          {passages !== null ? t('ui.search.accepted', { accepted, count: total }) : ''}
        </span>
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="primary" disabled={passages === null || accepted === 0 || applying} onClick={() => void apply()}>
          {t('ui.search.apply', { count: accepted })}
        </button>
      </div>
    </Dialog>
  );
}
