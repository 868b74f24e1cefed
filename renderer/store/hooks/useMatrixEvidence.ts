import { useEffect, useMemo, useState } from 'react';
import { passageItem, rowItem, type EvidenceItem, type FilterContext } from '../../../shared/analysis/evidenceItem';
import { countedOnce } from '../../../shared/analysis/countedOnce';
import type { Code, Id, Segment } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { documentFacts } from './documentFacts';
import { useStoreQuery } from './useStoreQuery';

/** What the matrix analysis reads: the codebook, every piece of evidence, and what the filter looks up. */
export interface MatrixEvidence extends FilterContext {
  codes: Code[];
  items: EvidenceItem[];
  /** The coded passages the items stand for, counted once across twins (co-occurrence reads them). */
  segments: readonly Segment[];
}

/** Evidence items by segment record: a segment unchanged since the last change keeps its item. */
const items = new WeakMap<Segment, EvidenceItem>();

function itemOf(segment: Segment): EvidenceItem {
  let item = items.get(segment);
  if (!item) {
    item = passageItem(segment);
    items.set(segment, item);
  }
  return item;
}

/**
 * The evaluation's codes, coded passages and coded table rows and cells as evidence items, with the
 * project register and the type and date of every document a passage sits in, kept live; undefined while
 * loading. Passages are counted once across twins (`countedOnce`). The passages are kept in step by id
 * (repos.segments.watchByEvaluation), not read again whole after every coding: the matrix benchmark's profile had 50,000 passages read, cloned and observed again
 * for each one coded.
 */
export function useMatrixEvidence(repos: Repositories, evaluationId: Id): MatrixEvidence | undefined {
  const [watched, setWatched] = useState<{ evaluationId: Id; segments: readonly Segment[] } | null>(null);
  useEffect(() => repos.segments.watchByEvaluation(evaluationId, (segments) => setWatched({ evaluationId, segments })), [repos, evaluationId]);
  const segments = watched?.evaluationId === evaluationId ? watched.segments : undefined;
  // The documents the passages sit in, as a key: a coding seldom changes it, so the rest is not read again.
  const documentKey = useMemo(() => (segments ? [...new Set(segments.map((s) => s.documentId))].sort().join('\u0000') : null), [segments]);
  const rest = useStoreQuery(async () => {
    if (documentKey === null) return undefined;
    const [codes, codings, projects, documents, twins] = await Promise.all([
      repos.codes.list(evaluationId),
      repos.datasets.codingsOfEvaluation(evaluationId),
      repos.projects.list(evaluationId),
      documentFacts(repos, evaluationId, documentKey === '' ? [] : documentKey.split('\u0000')),
      // Read here so a twin marked or unmarked recounts.
      repos.documents.list(evaluationId),
    ]);
    return { evaluationId, codes, codings, projects, documents, twins };
  }, [evaluationId, repos, documentKey]);
  return useMemo(() => {
    if (!segments || !rest || rest.evaluationId !== evaluationId) return undefined;
    // A passage coded alike in the twin of its document (the same report in another format) counts once.
    const counted = countedOnce(segments, rest.twins);
    return { codes: rest.codes, items: [...counted.map(itemOf), ...rest.codings.map(rowItem)], segments: counted, projects: rest.projects, documents: rest.documents };
  }, [segments, rest, evaluationId]);
}
