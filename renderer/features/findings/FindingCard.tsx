import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingFields, FindingLink } from '../../../shared/coding/findingEdit';
import { isFindingSection } from '../../../shared/coding/findingEdit';
import type { DataCoding, Finding, Judgement, Segment } from '../../../shared/domain';
import { QuoteCard } from '../codebook/QuoteCard';
import { useCitations, usePages } from '../codebook/useCitations';
import { FindingForm } from './FindingForm';
import { FindingLinks } from './FindingLinks';
import { RowLinks } from './RowLinks';
import { judgementName, type EvidenceLookup } from './judgementName';

interface Props {
  finding: Finding;
  noEvidence: boolean;
  first: boolean;
  last: boolean;
  lookup: EvidenceLookup;
  /** Saves the form's changes against `base`; conflicts (nothing saved) keep the form open. */
  onEdit: (fields: FindingFields, base: FindingFields) => Promise<readonly unknown[]>;
  onLink: (link: FindingLink, linked: boolean) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** One finding: its words, what it rests on (judgements, quotes with citations, table rows), its warning and its buttons. */
export function FindingCard({ finding, noEvidence, first, last, lookup, onEdit, onLink, onMove, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const judgements = finding.judgementIds.map((id) => lookup.judgements.get(id)).filter((j): j is Judgement => j !== undefined);
  const segments = finding.segmentIds.map((id) => lookup.segments.get(id)).filter((s): s is Segment => s !== undefined);
  const codings = finding.dataCodingIds.map((id) => lookup.dataCodings.get(id)).filter((d): d is DataCoding => d !== undefined);
  const citations = useCitations(finding.evaluationId, segments);
  const pages = usePages(segments);
  const title = finding.title;
  const section = isFindingSection(finding.section) ? finding.section : 'factors';

  return (
    <li className="finding-card">
      {editing ? (
        <FindingForm
          initial={{ title, text: finding.text, section }}
          current={{ title, text: finding.text, section }}
          onCancel={() => setEditing(false)}
          onSave={async (fields, base) => {
            const conflicts = await onEdit(fields, base);
            if (conflicts.length === 0) setEditing(false);
            return conflicts;
          }}
        />
      ) : (
        <>
          <h3>{title}</h3>
          {finding.text !== '' && <p className="finding-text">{finding.text}</p>}
        </>
      )}
      {noEvidence && (
        <p className="warning" role="note">
          {t('ui.findings.noEvidence')}
        </p>
      )}
      {judgements.length > 0 && (
        <div className="rests-on">
          <h4>{t('ui.findings.judgementsHeading')}</h4>
          <ul className="finding-judgements">
            {judgements.map((j) => (
              <li key={j.id}>{judgementName(t, i18n.language, j, lookup.naming)}</li>
            ))}
          </ul>
        </div>
      )}
      {segments.length > 0 && (
        <div className="rests-on">
          <h4>{t('ui.findings.quotesHeading')}</h4>
          <ol className="quote-list">
            {segments.map((segment) => (
              <QuoteCard
                key={segment.id}
                evaluationId={finding.evaluationId}
                segment={segment}
                citations={citations}
                pages={pages}
              />
            ))}
          </ol>
        </div>
      )}
      {codings.length > 0 && (
        <div className="rests-on">
          <h4>{t('ui.findings.rowsHeading')}</h4>
          <RowLinks evaluationId={finding.evaluationId} codings={codings} linked={finding.dataCodingIds} onLink={onLink} />
        </div>
      )}
      <div className="finding-buttons">
        <button type="button" onClick={() => setEditing(true)} aria-label={t('ui.findings.edit', { title })}>
          {t('ui.findings.editShort')}
        </button>
        <button type="button" onClick={() => setLinking((open) => !open)} aria-expanded={linking} aria-label={t('ui.findings.chooseLinks', { title })}>
          {t('ui.findings.link')}
        </button>
        <button type="button" onClick={() => onMove(-1)} disabled={first} aria-label={t('ui.findings.moveUp', { title })}>
          ↑
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={last} aria-label={t('ui.findings.moveDown', { title })}>
          ↓
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={t('ui.findings.remove', { title })}>
          {t('ui.findings.removeShort')}
        </button>
      </div>
      {linking && <FindingLinks finding={finding} lookup={lookup} onLink={onLink} onClose={() => setLinking(false)} />}
    </li>
  );
}
