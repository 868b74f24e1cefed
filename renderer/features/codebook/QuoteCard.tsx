import { useTranslation } from 'react-i18next';
import type { Code, Project, Segment } from '../../../shared/domain';
import { routeHref } from '../../services/route';
import type { DocumentRecord } from '../../store';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { JudgementLine } from './JudgementLine';
import { QuoteText } from './QuoteText';

interface QuoteCardProps {
  evaluationId: string;
  segment: Segment;
  project: Project | undefined;
  document: DocumentRecord | undefined;
  page: string | undefined;
  /** Codes of the quote to list (e.g. its other codes) under `codesLabel`; none when empty. */
  codes?: readonly Code[];
  codesLabel?: string;
}

/**
 * One quote as evidence: its citation (project, document, page), the quote in context as a link that opens
 * the reader at it, and the evaluator's judgement and note.
 */
export function QuoteCard({ evaluationId, segment, project, document, page, codes = [], codesLabel }: QuoteCardProps) {
  const { t, i18n } = useTranslation();
  const citation = [
    project?.name ?? t('ui.codebookEditor.quote.unknownProject'),
    document?.title ?? t('ui.codebookEditor.quote.unknownDocument'),
    ...(page ? [t('ui.codebookEditor.quote.page', { page })] : []),
  ].join(', ');
  const older = document && document.supersededBy !== null ? t('ui.codebookEditor.quote.olderVersion', { version: document.version }) : null;
  return (
    <li className="quote-card">
      <p className="quote-citation">
        {citation}
        {older && <span className="muted"> ({older})</span>}
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
    </li>
  );
}
