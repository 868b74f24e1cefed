import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementDocuments, codersOf, documentsCodedBy } from '../../../shared/analysis/agreement/agreementChoice';
import { measureAgreement } from '../../../shared/analysis/agreement/measureAgreement';
import { codePlace } from '../../../shared/analysis/codePlace';
import type { AgreementUnit, Code, Id } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import type { Resolution } from '../../../shared/coding/resolveDisagreement';
import { useServices } from '../../services/AppContext';
import { recordWhenWritten } from '../../services/history';
import { useAgreementData, useCodes, useDocuments, type DisagreementRef } from '../../store';
import { errorDetail } from '../../ui/errorDetail';
import { useNotify } from '../../ui/notify';
import { AgreementChoice } from './AgreementChoice';
import { DisagreementTable } from './DisagreementTable';
import { FiguresTable } from './FiguresTable';
import { RunsTable } from './RunsTable';
import './agreement.css';

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/**
 * "Samstämmighet": inter-coder agreement of the coders and documents chosen, by the unit chosen, per code
 * and overall, before and after the shared coding's resolutions (shared/analysis/agreement); the
 * disagreements side by side, each resolved with one click as an undoable step; "Spara mätningen" keeps
 * the figures for the report's method section.
 */
export function AgreementScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const data = useAgreementData(repos, evaluationId);
  const codes = useCodes(repos, evaluationId);
  const documents = useDocuments(repos, evaluationId);
  const [leftOutCoders, setLeftOutCoders] = useState<ReadonlySet<string>>(new Set());
  const [leftOutDocuments, setLeftOutDocuments] = useState<ReadonlySet<Id>>(new Set());
  const [unit, setUnit] = useState<AgreementUnit>('paragraph');

  const segments = data?.segments;
  const allCoders = useMemo(() => codersOf(segments ?? []), [segments]);
  const coders = useMemo(() => allCoders.filter((c) => !leftOutCoders.has(c)), [allCoders, leftOutCoders]);
  const titleOf = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d.title])), [documents]);
  const texts = data?.texts;
  const available = useMemo(() => {
    const withText = new Set((texts ?? []).map((x) => x.documentId));
    return [...documentsCodedBy(segments ?? [], coders).keys()].filter((id) => withText.has(id)).sort((a, b) => collator.compare(titleOf.get(a) ?? '', titleOf.get(b) ?? ''));
  }, [segments, texts, coders, titleOf]);
  const documentIds = useMemo(() => available.filter((id) => !leftOutDocuments.has(id)), [available, leftOutDocuments]);
  const measure = useMemo(
    () => (segments && texts && coders.length >= 2 && documentIds.length > 0 ? measureAgreement({ unit, coders, documents: agreementDocuments(texts, documentIds), passages: segments }) : null),
    [segments, texts, coders, documentIds, unit],
  );
  const codeById = useMemo(() => new Map((codes ?? []).map((c) => [c.id, c])), [codes]);
  const label = (id: Id) => {
    const code = codeById.get(id);
    return code ? codeLabel(code as Code, i18n.language) : id;
  };
  /** The codes above a code, to tell apart codes of the same name ("Inspiration" at two levels). */
  const place = (id: Id) => {
    const code = codeById.get(id);
    return code ? codePlace(code, codeById).ancestors.map((a) => codeLabel(a, i18n.language)).join(' › ') : '';
  };
  const textOf = useMemo(() => new Map((texts ?? []).map((x) => [x.documentId, x.text])), [texts]);

  if (!data || !codes || !documents) return <p aria-busy="true">{t('ui.agreement.loading')}</p>;

  const failed = (e: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
  const resolve = (d: DisagreementRef, resolution: Resolution) => {
    recordWhenWritten(repos.agreement.resolve(evaluationId, d, resolution)).catch(failed);
  };
  const save = () => {
    if (!measure) return;
    const resolved = measure.disagreements.filter((d) => d.resolution !== null).length;
    const run = { evaluationId, unit, coders, documentIds, before: measure.before, after: measure.after, resolved, open: measure.disagreements.length - resolved };
    recordWhenWritten(repos.agreement.saveRun(run))
      .then(() => notify(t('ui.agreement.saved')))
      .catch(failed);
  };
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const passageCounts = new Map<string, number>();
  for (const s of data.segments) if (s.consensus !== true && s.codeIds.length > 0) passageCounts.set(s.coder.trim(), (passageCounts.get(s.coder.trim()) ?? 0) + 1);

  return (
    <section className="screen agreement-screen" aria-labelledby="agreement-heading">
      <header className="screen-header">
        <h1 id="agreement-heading">{t('ui.agreement.heading')}</h1>
      </header>
      <p className="lead">{t('ui.agreement.lead')}</p>
      {allCoders.length < 2 ? (
        <p>{t('ui.agreement.tooFewCoders')}</p>
      ) : (
        <>
          <AgreementChoice
            coders={allCoders.map((name) => ({ name, passages: passageCounts.get(name) ?? 0, chosen: !leftOutCoders.has(name) }))}
            documents={available.map((id) => ({ id, title: titleOf.get(id) ?? id, chosen: !leftOutDocuments.has(id) }))}
            unit={unit}
            onCoder={(name) => setLeftOutCoders((s) => toggle(s, name))}
            onDocument={(id) => setLeftOutDocuments((s) => toggle(s, id))}
            onUnit={setUnit}
          />
          {measure === null ? (
            <p>{t('ui.agreement.noDocuments')}</p>
          ) : (
            <>
              <FiguresTable measure={measure} unit={unit} coders={coders.length} label={label} place={place} />
              <div className="agreement-save">
                <button type="button" className="primary" onClick={save}>
                  {t('ui.agreement.save')}
                </button>
              </div>
              <DisagreementTable disagreements={measure.disagreements} unit={unit} coders={coders} label={label} place={place} titleOf={(id) => titleOf.get(id) ?? id} textOf={(id) => textOf.get(id) ?? ''} onResolve={resolve} />
            </>
          )}
        </>
      )}
      <RunsTable runs={data.runs} />
    </section>
  );
}
