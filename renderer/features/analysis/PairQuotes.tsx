import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, DataCoding, Segment } from '../../../shared/domain';
import { DataEvidenceCard } from '../codebook/DataEvidenceCard';
import { QuoteCard } from '../codebook/QuoteCard';
import { useCitations, usePages } from '../codebook/useCitations';
import { useDataEvidence } from '../codebook/useDataEvidence';

interface PairQuotesProps {
  evaluationId: string;
  heading: string;
  segments: readonly Segment[];
  codings: readonly DataCoding[];
  codes: readonly Code[];
  onClose: () => void;
}

/** The quotes (with their citations) and table rows behind a pair of codes, in document order. */
export function PairQuotes({ evaluationId, heading, segments, codings, codes, onClose }: PairQuotesProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const citations = useCitations(evaluationId, segments);
  const pages = usePages(segments);
  const data = useDataEvidence(evaluationId, codings);
  const byId = new Map(codes.map((c) => [c.id, c]));
  useEffect(() => headingRef.current?.focus(), []);
  const sorted = [...segments].sort((a, b) => (a.projectId ?? '').localeCompare(b.projectId ?? '') || a.documentId.localeCompare(b.documentId) || a.position.start - b.position.start);
  return (
    <section className="pair-quotes" aria-labelledby={id}>
      <div className="pair-quotes-head">
        <h3 id={id} ref={headingRef} tabIndex={-1}>
          {heading}
        </h3>
        <button type="button" onClick={onClose}>
          {t('ui.analysis.coOccurrence.close')}
        </button>
      </div>
      <ol className="quote-list">
        {sorted.map((segment) => (
          <QuoteCard
            key={segment.id}
            evaluationId={evaluationId}
            segment={segment}
            citations={citations}
            pages={pages}
            codes={segment.codeIds.map((codeId) => byId.get(codeId)).filter((c): c is Code => c !== undefined)}
          />
        ))}
        {data?.map((item) => <DataEvidenceCard key={item.coding.id} evaluationId={evaluationId} item={item} />)}
      </ol>
    </section>
  );
}
