import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coOccurrence, type CodePair } from '../../../shared/analysis/coOccurrence';
import type { MatrixFilter } from '../../../shared/analysis/matrixFilter';
import type { Code, DataCoding, Segment } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import type { MatrixEvidence } from '../../store';
import { PairQuotes } from './PairQuotes';

interface CoOccurrenceProps {
  evaluationId: string;
  evidence: MatrixEvidence;
  segments: readonly Segment[];
  codings: readonly DataCoding[];
  filter: MatrixFilter;
  frameworkId: string | null;
}

/** Pairs of a framework's codes found together, with counts; a pair opens its quotes below the table. */
export function CoOccurrenceSection({ evaluationId, evidence, segments, codings, filter, frameworkId }: CoOccurrenceProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const pairs = useMemo(() => coOccurrence(evidence.codes, frameworkId, segments, codings, evidence, filter), [evidence, frameworkId, segments, codings, filter]);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const keyOf = (pair: CodePair) => `${pair.a.id}\u0000${pair.b.id}`;
  const open = pairs.find((pair) => keyOf(pair) === openKey) ?? null;
  const name = (pair: CodePair) => ({ first: codeLabel(pair.a, i18n.language), second: codeLabel(pair.b, i18n.language) });
  const byId = useMemo(() => new Map(evidence.codes.map((c) => [c.id, c])), [evidence.codes]);
  // Where a code sits (its parents), since labels repeat across levels ("Goda exempel, metoder").
  const place = (code: Code) => {
    const names: string[] = [];
    for (let parent = code.parentId === null ? undefined : byId.get(code.parentId); parent && names.length < 8; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) names.unshift(codeLabel(parent, i18n.language));
    return names.length > 0 ? <span className="code-place">{names.join(' › ')}</span> : null;
  };

  return (
    <section className="analysis-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.analysis.coOccurrence.heading')}</h2>
      <p className="muted small">{t('ui.analysis.coOccurrence.explanation')}</p>
      {pairs.length === 0 ? (
        <p className="empty">{t('ui.analysis.coOccurrence.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table cooccurrence">
            <caption className="visually-hidden">{t('ui.analysis.coOccurrence.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.analysis.coOccurrence.first')}</th>
                <th scope="col">{t('ui.analysis.coOccurrence.second')}</th>
                <th scope="col">{t('ui.analysis.coOccurrence.same')}</th>
                <th scope="col">{t('ui.analysis.coOccurrence.overlapping')}</th>
                <th scope="col">{t('ui.analysis.coOccurrence.rows')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={keyOf(pair)} aria-current={keyOf(pair) === openKey ? 'true' : undefined}>
                  <th scope="row">
                    {name(pair).first}
                    {place(pair.a)}
                  </th>
                  <td>
                    {name(pair).second}
                    {place(pair.b)}
                  </td>
                  <td className="number">{pair.samePassage}</td>
                  <td className="number">{pair.overlapping}</td>
                  <td className="number">{pair.rows}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={t('ui.analysis.coOccurrence.showLabel', name(pair))} onClick={() => setOpenKey(keyOf(pair))}>
                      {t('ui.analysis.coOccurrence.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <PairQuotes
          key={keyOf(open)}
          evaluationId={evaluationId}
          heading={t('ui.analysis.coOccurrence.quotesHeading', name(open))}
          segments={segments.filter((s) => open.segmentIds.includes(s.id))}
          codings={codings.filter((c) => open.rowIds.includes(c.id))}
          codes={evidence.codes}
          onClose={() => setOpenKey(null)}
        />
      )}
    </section>
  );
}
