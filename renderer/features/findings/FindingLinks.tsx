import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingLink } from '../../../shared/coding/findingEdit';
import type { DataCoding, Finding, Segment } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { judgementName, type EvidenceLookup } from './judgementName';
import { RowLinks } from './RowLinks';
import { useServices } from '../../services/AppContext';
import { useSegmentsWithCodes } from '../../store';

/**
 * What a finding may rest on, to link with one click: the evaluation's judgements (filterable), the quotes
 * and table rows its linked judgements link, and the quotes and table rows of a code chosen from a list.
 */
export function FindingLinks({ finding, lookup, onLink, onClose }: { finding: Finding; lookup: EvidenceLookup; onLink: (link: FindingLink, linked: boolean) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const [query, setQuery] = useState('');
  const [codeId, setCodeId] = useState('');
  const judgements = useMemo(
    () => [...lookup.judgements.values()].map((j) => ({ judgement: j, name: judgementName(t, i18n.language, j, lookup.naming) })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [lookup, t, i18n.language],
  );
  const shown = judgements.filter((j) => j.name.toLocaleLowerCase('sv').includes(query.trim().toLocaleLowerCase('sv')));
  const fromJudgements = [...new Set(finding.judgementIds.flatMap((id) => lookup.judgements.get(id)?.segmentIds ?? []))].map((id) => lookup.segments.get(id)).filter((s): s is Segment => s !== undefined);
  const rowsFromJudgements = [...new Set(finding.judgementIds.flatMap((id) => lookup.judgements.get(id)?.dataCodingIds ?? []))].map((id) => lookup.dataCodings.get(id)).filter((d): d is DataCoding => d !== undefined);
  const codes = [...lookup.naming.codes.values()].sort((a, b) => codeLabel(a, i18n.language).localeCompare(codeLabel(b, i18n.language), 'sv'));
  const coded = useSegmentsWithCodes(repos, finding.evaluationId, codeId === '' ? null : [codeId]);
  const ofCode = codeId === '' ? [] : [...(coded ?? [])].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.position.start - b.position.start);
  const rowsOfCode = codeId === '' ? [] : [...lookup.dataCodings.values()].filter((d) => d.codeIds.includes(codeId));
  const rows = (list: readonly DataCoding[]) => <RowLinks evaluationId={finding.evaluationId} codings={list} linked={finding.dataCodingIds} onLink={onLink} />;

  const button = (link: FindingLink, linked: boolean, name: string) => (
    <button type="button" className={linked ? 'secondary' : 'primary'} onClick={() => onLink(link, !linked)} aria-label={`${linked ? t('ui.findings.unlink') : t('ui.findings.link')}: ${name}`}>
      {linked ? t('ui.findings.unlink') : t('ui.findings.link')}
    </button>
  );
  const quotes = (list: readonly Segment[]) =>
    list.length === 0 ? (
      <p className="muted">{t('ui.findings.noQuotes')}</p>
    ) : (
      <ul className="link-list">
        {list.map((s) => (
          <li key={s.id}>
            <blockquote>{s.quote.exact}</blockquote>
            {button({ kind: 'segment', id: s.id }, finding.segmentIds.includes(s.id), s.quote.exact.slice(0, 60))}
          </li>
        ))}
      </ul>
    );

  return (
    <section className="finding-links" aria-label={t('ui.findings.chooseLinks', { title: finding.title })}>
      <h4>{t('ui.findings.judgementsHeading')}</h4>
      <label className="field">
        <span>{t('ui.findings.filterJudgements')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {shown.length === 0 ? (
        <p className="muted">{t('ui.findings.noJudgements')}</p>
      ) : (
        <ul className="link-list">
          {shown.map(({ judgement, name }) => (
            <li key={judgement.id}>
              <span>{name}</span>
              {button({ kind: 'judgement', id: judgement.id }, finding.judgementIds.includes(judgement.id), name)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('ui.findings.quotesOfJudgements')}</h4>
      {quotes(fromJudgements)}
      <h4>{t('ui.findings.rowsOfJudgements')}</h4>
      {rows(rowsFromJudgements)}
      <label className="field">
        <span>{t('ui.findings.byCode')}</span>
        <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">{t('ui.findings.chooseCode')}</option>
          {codes.map((code) => (
            <option key={code.id} value={code.id}>
              {codeLabel(code, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      {codeId !== '' && quotes(ofCode)}
      {codeId !== '' && (
        <>
          <h4>{t('ui.findings.rowsByCode')}</h4>
          {rows(rowsOfCode)}
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('ui.findings.closeLinks')}
      </button>
    </section>
  );
}
