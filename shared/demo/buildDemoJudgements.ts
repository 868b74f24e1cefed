import { newFinding } from '../coding/findingEdit';
import { newJudgement, patchJudgement } from '../coding/judgementEdit';
import { newRecommendation } from '../coding/recommendationEdit';
import type { Code } from '../domain/code';
import type { Evaluation } from '../domain/evaluation';
import type { Id } from '../domain/ids';
import type { Finding, Judgement, JudgementSubject, Recommendation } from '../domain/judgement';
import { defaultScale } from '../domain/ratingScales';
import type { DemoJudgementsManifest } from './demoJudgementsManifest';

export interface DemoJudgementRecords {
  judgements: Judgement[];
  findings: Finding[];
  recommendations: Recommendation[];
}

export interface DemoJudgementContext {
  evaluation: Evaluation;
  /** The projects' ids by their manifest key. */
  projectIds: ReadonlyMap<string, Id>;
  codes: readonly Code[];
  /** The segments' ids by their coding's key. */
  segmentIds: ReadonlyMap<string, Id>;
  newId: () => string;
  now: string;
}

/** The reference a finding uses for a judgement: `criterion@subject`. */
export function judgementRef(criterion: string, subject: string): string {
  return `${criterion}@${subject}`;
}

/**
 * The demo's judgements (each rating checked against the framework's default scale, each link to a coded
 * passage by its key), its findings (under the report's sections, tied to judgements and passages) and
 * its recommendations (tied to findings). Pure: ids and the time are passed in. Throws when the manifest
 * names what is not there (a project, a code, a rating, a passage, a judgement or a finding) or judges
 * a criterion twice for one subject.
 */
export function buildDemoJudgements(manifest: DemoJudgementsManifest, context: DemoJudgementContext): DemoJudgementRecords {
  const { evaluation, now } = context;
  const codeByFrameworkId = new Map(context.codes.map((code) => [code.frameworkCodeId, code]));
  const segment = (key: string) => {
    const id = context.segmentIds.get(key);
    if (!id) throw new Error(`demo: no coding with key ${key}`);
    return id;
  };
  const coderOf = (name: string | null) => name ?? evaluation.evaluators[0] ?? '';

  const byRef = new Map<string, Judgement>();
  for (const entry of manifest.judgements) {
    const code = codeByFrameworkId.get(entry.criterion);
    if (!code) throw new Error(`demo: unknown criterion ${entry.criterion}`);
    let subject: JudgementSubject;
    if (entry.subject === 'programme') subject = { kind: 'programme' };
    else {
      const projectId = context.projectIds.get(entry.subject);
      if (!projectId) throw new Error(`demo: judgement of unknown project ${entry.subject}`);
      subject = { kind: 'project', projectId };
    }
    const ref = judgementRef(entry.criterion, entry.subject);
    if (byRef.has(ref)) throw new Error(`demo: ${ref} judged twice`);
    const blank = newJudgement({ id: context.newId(), evaluationId: evaluation.id, subject, criterionCodeId: code.id, coder: coderOf(entry.coder), now });
    const scale = defaultScale(evaluation.id, code.frameworkId ?? '');
    if (entry.rating !== null && !scale.levels.some((level) => level.key === entry.rating)) throw new Error(`demo: rating ${entry.rating} of ${ref} is not on the scale`);
    const rated = patchJudgement(blank, { rating: entry.rating, confidence: entry.confidence, justification: entry.justification }, scale, now, coderOf(entry.coder)) ?? blank;
    byRef.set(ref, { ...rated, segmentIds: [...new Set(entry.evidence.map(segment))] });
  }

  const findings: Finding[] = [];
  const findingIds = new Map<string, Id>();
  for (const entry of manifest.findings) {
    if (findingIds.has(entry.key)) throw new Error(`demo: finding ${entry.key} twice`);
    const judgementIds = entry.judgements.map((ref) => {
      const judgement = byRef.get(ref);
      if (!judgement) throw new Error(`demo: finding ${entry.key} names unknown judgement ${ref}`);
      return judgement.id;
    });
    const finding = newFinding(
      { id: context.newId(), evaluationId: evaluation.id, now, section: entry.section, title: entry.title, text: entry.text, judgementIds, segmentIds: entry.evidence.map(segment) },
      findings,
    );
    findings.push(finding);
    findingIds.set(entry.key, finding.id);
  }

  const recommendations: Recommendation[] = [];
  for (const entry of manifest.recommendations) {
    const ids = entry.findings.map((key) => {
      const id = findingIds.get(key);
      if (!id) throw new Error(`demo: recommendation ${entry.title} names unknown finding ${key}`);
      return id;
    });
    recommendations.push(newRecommendation({ id: context.newId(), evaluationId: evaluation.id, now, title: entry.title, text: entry.text, findingIds: ids }, recommendations));
  }
  return { judgements: [...byRef.values()], findings, recommendations };
}
