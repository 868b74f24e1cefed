import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id, Segment } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useUncodedEvidence, useUnplacedSegments } from '../../store';
import { DataEvidenceCard } from './DataEvidenceCard';
import { QuoteCard } from './QuoteCard';
import { useCitations, usePages, type Citations } from './useCitations';
import { useDataEvidence } from './useDataEvidence';

/** The name a quote is sorted by: its project's, or none for a passage about the programme. */
function projectName(citations: Citations | undefined, projectId: string | null): string {
  return projectId === null ? '' : (citations?.projects.get(projectId)?.name ?? '');
}

function byPlace(citations: Citations | undefined) {
  return (a: Segment, b: Segment) =>
    projectName(citations, a.projectId).localeCompare(projectName(citations, b.projectId), 'sv') ||
    (citations?.documents.get(a.documentId)?.title ?? '').localeCompare(citations?.documents.get(b.documentId)?.title ?? '', 'sv') ||
    a.position.start - b.position.start;
}

/**
 * Evidence that needs the evaluator's attention: quotes and table data left with no code (after a code was
 * deleted, say), and quotes that could not be placed in the newer version of their document.
 */
export function UncodedEvidence({ evaluationId, codes }: { evaluationId: Id; codes: readonly Code[] }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const uncodedId = useId();
  const unplacedId = useId();
  const uncoded = useUncodedEvidence(repos, evaluationId);
  const unplaced = useUnplacedSegments(repos, evaluationId);
  const segments = uncoded && unplaced ? [...uncoded.segments, ...unplaced] : undefined;
  const citations = useCitations(evaluationId, segments);
  const pages = usePages(segments);
  const data = useDataEvidence(evaluationId, uncoded?.dataCodings);
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const card = (segment: Segment) => (
    <QuoteCard
      key={segment.id}
      evaluationId={evaluationId}
      segment={segment}
      citations={citations}
      pages={pages}
      codes={segment.codeIds.map((id) => codeById.get(id)).filter((code): code is Code => code !== undefined)}
    />
  );
  if (!uncoded || !unplaced) return null;
  const uncodedCount = uncoded.segments.length + uncoded.dataCodings.length;
  return (
    <div className="evidence-sections">
      <section className="panel evidence-section" aria-labelledby={uncodedId}>
        <h2 id={uncodedId}>
          {t('ui.codebookEditor.uncoded.heading')} <span className="heading-count">{uncodedCount}</span>
        </h2>
        <p className="muted small">{t('ui.codebookEditor.uncoded.lead')}</p>
        {uncodedCount === 0 && <p className="evidence-empty">{t('ui.codebookEditor.uncoded.empty')}</p>}
        {uncoded.segments.length > 0 && <ol className="quote-list">{[...uncoded.segments].sort(byPlace(citations)).map(card)}</ol>}
        {data && data.length > 0 && (
          <>
            <h3>{t('ui.codebookEditor.uncoded.dataHeading')}</h3>
            <ol className="quote-list">
              {data.map((item) => (
                <DataEvidenceCard key={item.coding.id} evaluationId={evaluationId} item={item} />
              ))}
            </ol>
          </>
        )}
      </section>
      <section className="panel evidence-section" aria-labelledby={unplacedId}>
        <h2 id={unplacedId}>
          {t('ui.codebookEditor.uncoded.unplacedHeading')} <span className="heading-count">{unplaced.length}</span>
        </h2>
        <p className="muted small">{t('ui.codebookEditor.uncoded.unplacedLead')}</p>
        {unplaced.length === 0 ? <p className="evidence-empty">{t('ui.codebookEditor.uncoded.unplacedEmpty')}</p> : <ol className="quote-list">{[...unplaced].sort(byPlace(citations)).map(card)}</ol>}
      </section>
    </div>
  );
}
