import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { findingRestsOnNoEvidence, recommendationRestsOnNoEvidence } from '../../../shared/coding/findingEvidence';
import { findingsBySection, sectionForCriterion, type FindingFields } from '../../../shared/coding/findingEdit';
import type { Finding, Id, Judgement, Recommendation } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { recordStep, recordWhenWritten } from '../../services/history';
import { navigate } from '../../services/route';
import { useNotify } from '../../ui/notify';
import { useCodes, useDatasets, useEvaluationDataCodings, useFindings, useJudgements, useProjects, useRatingScales, useRecommendations, useSegmentsByIds } from '../../store';
import { FindingCard } from './FindingCard';
import { FindingForm } from './FindingForm';
import { judgementName, type EvidenceLookup } from './judgementName';
import { RecommendationList } from './RecommendationList';
import './findings.css';
import { errorDetail } from '../../ui/errorDetail';

const NO_IDS: readonly Id[] = [];

/**
 * Slutsatser: the findings under the report's sections in their order, each with what it rests on and a
 * warning where it rests on no evidence, then the recommendations. Opened from a judgement (judgementId),
 * it starts a new finding tied to it. Every change is an undoable step.
 */
export function FindingsScreen({ evaluationId, judgementId }: { evaluationId: string; judgementId: string | null }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const findings = useFindings(repos, evaluationId);
  const recommendations = useRecommendations(repos, evaluationId);
  const judgements = useJudgements(repos, evaluationId);
  const codes = useCodes(repos, evaluationId);
  const projects = useProjects(repos, evaluationId);
  const scales = useRatingScales(repos, evaluationId);
  // Only the passages the findings and the judgements link are read, not every passage of the evaluation
  // (50,000 in a large one); a code's passages are read when FindingLinks asks for them.
  const linkedIds = useMemo(
    () => (findings && judgements ? [...new Set([...findings.flatMap((f) => f.segmentIds), ...judgements.flatMap((j) => j.segmentIds)])].sort() : NO_IDS),
    [findings, judgements],
  );
  const segments = useSegmentsByIds(repos, linkedIds);
  const dataCodings = useEvaluationDataCodings(repos, evaluationId);
  const datasets = useDatasets(repos, evaluationId);
  const [adding, setAdding] = useState(judgementId !== null);

  const lookup = useMemo<EvidenceLookup | null>(() => {
    if (!judgements || !codes || !projects || !scales || !segments || !dataCodings || !datasets) return null;
    return {
      naming: { evaluationId, codes: new Map(codes.map((c) => [c.id, c])), projects: new Map(projects.map((p) => [p.id, p])), scales },
      judgements: new Map(judgements.map((j) => [j.id, j])),
      segments: new Map(segments.map((s) => [s.id, s])),
      dataCodings: new Map(dataCodings.map((d) => [d.id, d])),
      datasetNames: new Map(datasets.map((d) => [d.id, d.name])),
    };
  }, [evaluationId, judgements, codes, projects, scales, segments, dataCodings, datasets]);

  if (!findings || !recommendations || !lookup) return <p aria-busy="true">{t('ui.common.loading')}</p>;

  const fromJudgement: Judgement | undefined = judgementId === null ? undefined : lookup.judgements.get(judgementId);
  const findingsById = new Map<Id, Finding>(findings.map((f) => [f.id, f]));
  const run = (writing: Promise<ChangeSet | null>) => {
    recordWhenWritten(writing).catch((e: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) })));
  };
  /** A form's save: the step goes to the history; the conflicts (nothing written) back to the form. */
  const save = async (saving: Promise<{ step: ChangeSet | null; conflicts: readonly unknown[] }>): Promise<readonly unknown[]> => {
    try {
      const { step, conflicts } = await saving;
      recordStep(step);
      return conflicts;
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
      return [];
    }
  };
  const closeNew = () => {
    setAdding(false);
    if (judgementId !== null) navigate({ name: 'findings', evaluationId });
  };
  const add = (fields: FindingFields) => {
    run(repos.findings.add(evaluationId, fields, fromJudgement ? { judgementIds: [fromJudgement.id] } : {}));
    closeNew();
  };

  return (
    <section className="screen findings-screen" aria-labelledby="findings-heading">
      <header className="screen-header">
        <h1 id="findings-heading">{t('ui.findings.heading')}</h1>
      </header>
      <p className="lead">{t('ui.findings.lead')}</p>
      {adding ? (
        <FindingForm
          initial={{ title: '', text: '', section: sectionForCriterion(fromJudgement && lookup.naming.codes.get(fromJudgement.criterionCodeId)) }}
          note={fromJudgement ? t('ui.findings.fromJudgement', { judgement: judgementName(t, i18n.language, fromJudgement, lookup.naming) }) : undefined}
          onSave={add}
          onCancel={closeNew}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('ui.findings.add')}
        </button>
      )}
      {findingsBySection(findings).map(({ section, findings: inSection }) => (
        <section key={section} className="finding-section" aria-labelledby={`finding-section-${section}`}>
          <h2 id={`finding-section-${section}`}>{t(`ui.findings.section.${section}`)}</h2>
          {inSection.length === 0 ? (
            <p className="muted">{t('ui.findings.noFindings')}</p>
          ) : (
            <ol className="finding-list">
              {inSection.map((finding, index) => (
                <FindingCard
                  key={finding.id}
                  finding={finding}
                  noEvidence={findingRestsOnNoEvidence(finding, lookup.judgements)}
                  first={index === 0}
                  last={index === inSection.length - 1}
                  lookup={lookup}
                  onEdit={(fields, base) => save(repos.findings.editFields(finding.id, { base, edited: fields }))}
                  onLink={(link, linked) => run(repos.findings.link(finding.id, link, linked))}
                  onMove={(direction) => run(repos.findings.move(finding.id, direction))}
                  onRemove={() => run(repos.findings.remove(finding.id))}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
      <RecommendationList
        recommendations={recommendations}
        findings={findings}
        noEvidence={(r: Recommendation) => recommendationRestsOnNoEvidence(r, findingsById, lookup.judgements)}
        onAdd={(fields) => run(repos.findings.addRecommendation(evaluationId, fields))}
        onEdit={(id, fields, base) => save(repos.findings.editRecommendationFields(id, { base, edited: fields }))}
        onMove={(id, direction) => run(repos.findings.moveRecommendation(id, direction))}
        onRemove={(id) => run(repos.findings.removeRecommendation(id))}
      />
    </section>
  );
}
