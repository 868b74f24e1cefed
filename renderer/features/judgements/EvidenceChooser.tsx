import { useTranslation } from 'react-i18next';
import type { EvidenceRef } from '../../../shared/coding/judgementEdit';
import type { DataCoding, Judgement, Segment } from '../../../shared/domain';

interface Props {
  judgement: Judgement | null;
  /** The candidates, and any linked evidence that is no longer one. */
  segments: readonly Segment[];
  dataCodings: readonly DataCoding[];
  documentTitles: ReadonlyMap<string, string>;
  datasetNames: ReadonlyMap<string, string>;
  subjectName: string;
  onLink: (evidence: EvidenceRef, linked: boolean) => void;
}

/** The evidence coded to the criterion in the subject, each with "Koppla" or "Ta bort koppling". */
export function EvidenceChooser({ judgement, segments, dataCodings, documentTitles, datasetNames, subjectName, onLink }: Props) {
  const { t } = useTranslation();
  const linkedSegments = new Set(judgement?.segmentIds ?? []);
  const linkedRows = new Set(judgement?.dataCodingIds ?? []);
  const button = (evidence: EvidenceRef, linked: boolean) => (
    <button type="button" className={linked ? 'secondary' : 'primary'} onClick={() => onLink(evidence, !linked)}>
      {linked ? t('ui.judgements.unlink') : t('ui.judgements.link')}
    </button>
  );
  return (
    <section className="evidence-chooser" aria-labelledby="evidence-chooser-heading">
      <h3 id="evidence-chooser-heading">{t('ui.judgements.evidence')}</h3>
      <p className="muted">{t('ui.judgements.evidenceLead', { subject: subjectName })}</p>
      {segments.length + dataCodings.length === 0 && <p>{t('ui.judgements.noCandidates')}</p>}
      <ul className="evidence-list">
        {segments.map((segment) => {
          const linked = linkedSegments.has(segment.id);
          return (
            <li key={segment.id} className={linked ? 'linked' : undefined}>
              <blockquote>{segment.quote.exact}</blockquote>
              <p className="muted">
                {documentTitles.get(segment.documentId) ?? ''}
                {linked && <strong> · {t('ui.judgements.linked')}</strong>}
              </p>
              {button({ kind: 'segment', id: segment.id }, linked)}
            </li>
          );
        })}
        {dataCodings.map((coding) => {
          const linked = linkedRows.has(coding.id);
          return (
            <li key={coding.id} className={linked ? 'linked' : undefined}>
              <p>{t('ui.judgements.tableRow', { dataset: datasetNames.get(coding.datasetId) ?? '' })}</p>
              {coding.memo !== '' && <p className="muted">{coding.memo}</p>}
              {linked && <p className="muted"><strong>{t('ui.judgements.linked')}</strong></p>}
              {button({ kind: 'dataCoding', id: coding.id }, linked)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
