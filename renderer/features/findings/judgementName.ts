import type { TFunction } from 'i18next';
import { scaleFor, type Code, type DataCoding, type Id, type Judgement, type Project, type RatingScale, type Segment } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';

/** What the findings screen needs to name a judgement. */
export interface JudgementNaming {
  evaluationId: Id;
  codes: ReadonlyMap<Id, Code>;
  projects: ReadonlyMap<Id, Project>;
  scales: readonly RatingScale[];
}

/** What the findings screen looks evidence up in, by id. */
export interface EvidenceLookup {
  naming: JudgementNaming;
  judgements: ReadonlyMap<Id, Judgement>;
  segments: ReadonlyMap<Id, Segment>;
  dataCodings: ReadonlyMap<Id, DataCoding>;
  datasetNames: ReadonlyMap<Id, string>;
}

/** A judgement as a line: its criterion, its subject and its rating's label. */
export function judgementName(t: TFunction, language: string, judgement: Judgement, naming: JudgementNaming): string {
  const code = naming.codes.get(judgement.criterionCodeId);
  const criterion = code ? codeLabel(code, language) : '';
  const subject = judgement.subject.kind === 'programme' ? t('ui.findings.programme') : (naming.projects.get(judgement.subject.projectId)?.name ?? '');
  const level = judgement.rating === null ? undefined : scaleFor(naming.scales, naming.evaluationId, code?.frameworkId ?? '').levels.find((l) => l.key === judgement.rating);
  const rating = level ? (language.startsWith('en') ? level.labelEn : level.labelSv) : t('ui.findings.unrated');
  return t('ui.findings.judgementLine', { criterion, subject, rating });
}
