import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disagreement } from '../../../shared/analysis/agreement/measureAgreement';
import { excerpt } from '../../../shared/coding/stepSummary';
import type { Resolution } from '../../../shared/coding/resolveDisagreement';
import type { AgreementUnit, Id } from '../../../shared/domain';
import type { DisagreementRef } from '../../store';

interface Props {
  disagreements: readonly Disagreement[];
  unit: AgreementUnit;
  coders: readonly string[];
  label: (codeId: Id) => string;
  place: (codeId: Id) => string;
  titleOf: (documentId: Id) => string;
  textOf: (documentId: Id) => string;
  onResolve: (d: DisagreementRef, resolution: Resolution) => void;
}

/** The text a disagreement is about: the unit's text, or for a whole document the coded spans' text. */
function passageText(d: Disagreement, unit: AgreementUnit, text: string): string {
  if (unit !== 'document') return text.slice(d.start, d.end).trim();
  return d.spans.map(([s, e]) => text.slice(s, e).trim()).join(' … ');
}

const LONGEST = 600;

/** A paragraph's text with the coded spans of the code marked (as text, never HTML), cut after LONGEST characters. */
function MarkedPassage({ d, text }: { d: Disagreement; text: string }) {
  const parts: { text: string; coded: boolean }[] = [];
  let at = d.start;
  for (const [s, e] of d.spans) {
    if (s > at) parts.push({ text: text.slice(at, s), coded: false });
    parts.push({ text: text.slice(Math.max(s, at), e), coded: true });
    at = Math.max(at, e);
  }
  if (at < d.end) parts.push({ text: text.slice(at, d.end), coded: false });
  let left = LONGEST;
  return (
    <q>
      {parts.map((p, i) => {
        if (left <= 0) return null;
        const shown = p.text.length > left ? `${p.text.slice(0, left)}…` : p.text;
        left -= p.text.length;
        return p.coded ? <mark key={i}>{shown}</mark> : <span key={i}>{shown}</span>;
      })}
    </q>
  );
}

/** The disagreements side by side (the text, each coder's codes there), each resolved with one click: keep or drop the code. */
export function DisagreementTable({ disagreements, unit, coders, label, place, titleOf, textOf, onResolve }: Props) {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(false);
  const resolvedCount = disagreements.filter((d) => d.resolution !== null).length;
  const shown = disagreements.filter((d) => showResolved || d.resolution === null);
  return (
    <section className="agreement-part" aria-labelledby="agreement-disagreements">
      <h2 id="agreement-disagreements">{t('ui.agreement.disagreements')}</h2>
      <div className="agreement-disagreements-head">
        <p>{t('ui.agreement.counts', { open: disagreements.length - resolvedCount, resolved: resolvedCount })}</p>
        <label className="checkbox-label">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          {t('ui.agreement.showResolved')}
        </label>
      </div>
      {disagreements.length === 0 ? (
        <p>{t('ui.agreement.noDisagreements')}</p>
      ) : (
        <div className="table-scroll">
          <table className="agreement-disagreements">
            <caption>{t('ui.agreement.disagreementsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.agreement.passage')}</th>
                <th scope="col">{t('ui.agreement.code')}</th>
                {coders.map((c) => (
                  <th key={c} scope="col">
                    {t('ui.agreement.coderCodes', { coder: c })}
                  </th>
                ))}
                <th scope="col">{t('ui.agreement.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => {
                const text = passageText(d, unit, textOf(d.documentId));
                const code = label(d.codeId);
                const values = { code, quote: excerpt(text, 40) };
                const ref: DisagreementRef = { documentId: d.documentId, codeId: d.codeId, spans: d.spans };
                return (
                  <tr key={d.key} className={d.resolution === null ? undefined : 'agreement-resolved'}>
                    <td className="agreement-passage">
                      <span className="agreement-document">{titleOf(d.documentId)}</span>
                      {unit === 'paragraph' ? <MarkedPassage d={d} text={textOf(d.documentId)} /> : <q>{excerpt(text, LONGEST)}</q>}
                    </td>
                    <th scope="row">
                      {code}
                      {place(d.codeId) !== '' && <span className="code-place">{place(d.codeId)}</span>}
                    </th>
                    {coders.map((coder, i) => (
                      <td key={coder}>
                        {d.values[i] === null ? (
                          <span className="muted">{t('ui.agreement.notDocument')}</span>
                        ) : (
                          <ul className="agreement-codes" aria-label={t('ui.agreement.coderCodes', { coder })}>
                            {(d.codesByCoder[i] ?? []).map((id) => (
                              <li key={id} className={id === d.codeId ? 'agreement-disputed' : undefined}>
                                {label(id)}
                              </li>
                            ))}
                            {d.values[i] === 0 && <li className="agreement-missing">{t('ui.agreement.notCoded')}: {code}</li>}
                          </ul>
                        )}
                      </td>
                    ))}
                    <td className="agreement-decision">
                      {d.resolution !== null && <p className="agreement-status">{t('ui.agreement.resolved', { decision: t(d.resolution === 'kept' ? 'ui.agreement.kept' : 'ui.agreement.dropped').toLowerCase() })}</p>}
                      <button type="button" aria-label={t('ui.agreement.keepLabel', values)} aria-pressed={d.resolution === 'kept'} onClick={() => onResolve(ref, 'keep')}>
                        {t('ui.agreement.keep')}
                      </button>
                      <button type="button" aria-label={t('ui.agreement.dropLabel', values)} aria-pressed={d.resolution === 'dropped'} onClick={() => onResolve(ref, 'drop')}>
                        {t('ui.agreement.drop')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
