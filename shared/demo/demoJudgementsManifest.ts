import { isOneOf, isRecord, isString, isStringArray, ShapeError } from '../base/guards';
import { FINDING_SECTIONS, type FindingSection } from '../coding/findingEdit';
import { CONFIDENCES, type Confidence } from '../domain/judgement';

/**
 * A judgement of the demo as written in demo.json: its subject (a project's key or `programme`), its
 * criterion (a framework code id, e.g. `genomforande.forankring`), a rating key of the framework's
 * scale, and the keys of the codings it rests on.
 */
export interface DemoJudgement {
  subject: string;
  criterion: string;
  rating: string | null;
  confidence: Confidence | null;
  justification: string;
  evidence: string[];
  coder: string | null;
}

/** A finding of the demo: its judgements as `criterion@subject`, its quotes as coding keys. */
export interface DemoFinding {
  key: string;
  section: FindingSection;
  title: string;
  text: string;
  judgements: string[];
  evidence: string[];
}

/** A recommendation of the demo, resting on findings by key. */
export interface DemoRecommendation {
  title: string;
  text: string;
  findings: string[];
}

export interface DemoJudgementsManifest {
  judgements: DemoJudgement[];
  findings: DemoFinding[];
  recommendations: DemoRecommendation[];
}

function text(value: unknown, what: string): string {
  if (!isString(value)) throw new ShapeError(`demo: ${what} must be text`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ShapeError(`demo: ${what} must be a list`);
  return value;
}

function keys(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!isStringArray(value)) throw new ShapeError(`demo: ${what} must be a list of text`);
  return value;
}

/** The judgements, findings and recommendations of demo.json (each list may be absent), checked. */
export function parseDemoJudgements(value: Record<string, unknown>): DemoJudgementsManifest {
  const judgements = list(value.judgements, 'judgements').map((j, i): DemoJudgement => {
    if (!isRecord(j)) throw new ShapeError(`demo: judgement ${i} not an object`);
    if (j.rating !== null && !isString(j.rating)) throw new ShapeError(`demo: judgement ${i} rating must be text or null`);
    if (j.confidence !== undefined && j.confidence !== null && !isOneOf(CONFIDENCES, j.confidence)) throw new ShapeError(`demo: judgement ${i} confidence unknown`);
    return {
      subject: text(j.subject, `judgement ${i} subject`),
      criterion: text(j.criterion, `judgement ${i} criterion`),
      rating: j.rating,
      confidence: isOneOf(CONFIDENCES, j.confidence) ? j.confidence : null,
      justification: isString(j.justification) ? j.justification : '',
      evidence: keys(j.evidence, `judgement ${i} evidence`),
      coder: isString(j.coder) ? j.coder : null,
    };
  });
  const findings = list(value.findings, 'findings').map((f, i): DemoFinding => {
    if (!isRecord(f)) throw new ShapeError(`demo: finding ${i} not an object`);
    if (!isOneOf(FINDING_SECTIONS, f.section)) throw new ShapeError(`demo: finding ${i} section unknown`);
    return {
      key: text(f.key, `finding ${i} key`),
      section: f.section,
      title: text(f.title, `finding ${i} title`),
      text: isString(f.text) ? f.text : '',
      judgements: keys(f.judgements, `finding ${i} judgements`),
      evidence: keys(f.evidence, `finding ${i} evidence`),
    };
  });
  const recommendations = list(value.recommendations, 'recommendations').map((r, i): DemoRecommendation => {
    if (!isRecord(r)) throw new ShapeError(`demo: recommendation ${i} not an object`);
    return { title: text(r.title, `recommendation ${i} title`), text: isString(r.text) ? r.text : '', findings: keys(r.findings, `recommendation ${i} findings`) };
  });
  return { judgements, findings, recommendations };
}
