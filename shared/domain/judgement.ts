import type { Id, IsoTimestamp } from './ids';

/** One step of a rating scale, as data: its key is what a judgement stores. */
export interface ScaleLevel {
  key: string;
  labelSv: string;
  labelEn: string;
  /** Hex colour, shown beside the label (never alone). */
  colour: string;
  order: number;
  /** "Kan inte bedömas": a rating that says the evidence does not allow one. */
  notAssessable: boolean;
}

/** The scale an evaluation rates one framework's codes on; editable per framework. */
export interface RatingScale {
  id: Id;
  evaluationId: Id;
  frameworkId: string;
  levels: ScaleLevel[];
}

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Whom a judgement is about: one project, or the whole programme. */
export type JudgementSubject = { kind: 'project'; projectId: Id } | { kind: 'programme' };

/** The evaluator's judgement of one criterion (a code of a framework) for one subject, with its evidence. */
export interface Judgement {
  id: Id;
  evaluationId: Id;
  subject: JudgementSubject;
  criterionCodeId: Id;
  /** A ScaleLevel key of the framework's scale, or null while unrated. */
  rating: string | null;
  confidence: Confidence | null;
  justification: string;
  segmentIds: Id[];
  dataCodingIds: Id[];
  coder: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** A finding of the report, resting on judgements and evidence. */
export interface Finding {
  id: Id;
  evaluationId: Id;
  section: string;
  order: number;
  title: string;
  text: string;
  judgementIds: Id[];
  segmentIds: Id[];
  dataCodingIds: Id[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** A recommendation of the report, resting on findings. */
export interface Recommendation {
  id: Id;
  evaluationId: Id;
  order: number;
  title: string;
  text: string;
  findingIds: Id[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** One string per subject (the project's id, or `programme`), for maps keyed by subject. */
export function subjectKeyOf(subject: JudgementSubject): string {
  return subject.kind === 'programme' ? 'programme' : subject.projectId;
}
