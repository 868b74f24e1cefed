import { useTranslation } from 'react-i18next';
import type { Code, Id, Segment } from '../../../shared/domain';
import { routeHref } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { JudgementLine } from './JudgementLine';
import type { Citations } from './useCitations';
import { QuoteText } from './QuoteText';
import { excerpt } from '../../../shared/coding/stepSummary';
import { useServices } from '../../services/AppContext';
import { markForReport } from '../../services/reportMarking';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';
import { InReportBadge, ReportMarkToggles, type ReportMarkState } from '../../ui/ReportMarkToggles';

interface QuoteCardProps {
  evaluationId: string;
  segment: Segment;
  /** The projects and documents the quote is cited with, and each quote's page (useCitations, usePages). */
  citations: Citations | undefined;
  pages: ReadonlyMap<Id, string> | undefined;
  /** Codes of the quote to list (e.g. its other codes) under `codesLabel`; none when empty. */
  codes?: readonly Code[];
  codesLabel?: string;
}

/** A quote's "I rapporten" marks in a list, each change one undoable step, announced. */
function QuoteReportMarks({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const onChange = (marks: ReportMarkState) => {
    void markForReport(repos, [segment.id], marks).then(
      (changed) => changed && marks.inReport !== undefined && notify(t(marks.inReport ? 'ui.reportMarks.marked' : 'ui.reportMarks.unmarked')),
      (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })),
    );
  };
  return <ReportMarkToggles marks={segment} hasMemo={segment.memo.trim() !== ''} quote={excerpt(segment.quote.exact, 50)} compact onChange={onChange} />;
}

/**
 * One quote as evidence: its citation (project, document, page), the quote in context as a link that opens
 * the reader at it, the evaluator's judgement and note, and whether it is in the report (a badge, and the
 * checkboxes that mark it).
 */
export function QuoteCard({ evaluationId, segment, citations, pages, codes = [], codesLabel }: QuoteCardProps) {
  const { t, i18n } = useTranslation();
  const project = segment.projectId === null ? null : citations?.projects.get(segment.projectId);
  const document = citations?.documents.get(segment.documentId);
  const page = pages?.get(segment.id);
  const twinOf = document && document.duplicateOf !== null ? citations?.documents.get(document.duplicateOf) : undefined;
  const citation = [
    project === null ? t('ui.codebookEditor.quote.programme') : (project?.name ?? t('ui.codebookEditor.quote.unknownProject')),
    document?.title ?? t('ui.codebookEditor.quote.unknownDocument'),
    ...(page ? [t('ui.codebookEditor.quote.page', { page })] : []),
  ].join(', ');
  const older = document && document.supersededBy !== null ? t('ui.codebookEditor.quote.olderVersion', { version: document.version }) : null;
  return (
    <li className="quote-card">
      <p className="quote-citation">
        {citation}
        {older && <span className="muted"> ({older})</span>}
        {document && document.duplicateOf !== null && <span className="muted twin-mark"> ({t('ui.codebookEditor.quote.twin', { title: twinOf?.title ?? t('ui.codebookEditor.quote.unknownDocument') })})</span>}
        {segment.inReport === true && <InReportBadge />}
      </p>
      <a className="quote-link" href={routeHref({ name: 'reader', evaluationId, documentId: segment.documentId, segmentId: segment.id })} title={t('ui.codebookEditor.quote.openInReader')}>
        <QuoteText quote={segment.quote} />
      </a>
      <JudgementLine judgement={segment} />
      {codes.length > 0 && (
        <p className="quote-codes small">
          <span className="muted">{codesLabel ?? t('ui.codebookEditor.quote.codes')}: </span>
          {codes.map((code, i) => (
            <span key={code.id} className="quote-code">
              <span className="code-swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
              {codeLabel(code, i18n.language)}
              {i < codes.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      )}
      <QuoteReportMarks segment={segment} />
    </li>
  );
}
