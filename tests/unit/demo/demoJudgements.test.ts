import { describe, expect, it } from 'vitest';
import { ShapeError } from '../../../shared/base/guards';
import { FINDING_SECTIONS } from '../../../shared/coding/findingEdit';
import { restsOnNoEvidence } from '../../../shared/coding/judgementEdit';
import { buildDemo } from '../../../shared/demo/buildDemo';
import { parseDemoJudgements } from '../../../shared/demo/demoJudgementsManifest';
import { parseDemoManifest, type DemoManifest } from '../../../shared/demo/demoManifest';
import { defaultScale } from '../../../shared/domain/ratingScales';
import { subjectKeyOf } from '../../../shared/domain';
import { counter, demoFiles, demoFrameworks, demoJson } from './demoFiles';

const NOW = '2026-11-22T12:00:00.000Z';
const frameworks = demoFrameworks();
const build = (manifest: DemoManifest = parseDemoManifest(demoJson())) => buildDemo(manifest, demoFiles(), frameworks, counter('id-'), NOW);

describe('the demo judgements', () => {
  const records = build();
  const codeById = new Map(records.codes.map((c) => [c.id, c]));
  const segments = new Map(records.segments.map((s) => [s.id, s]));
  // The factors judged: every learning and success factor, the aspects of a learning culture, of the project
  // manager's competence and of the municipality as a development actor judged as a whole (on their parent).
  const aspectsOf = new Set(['kultur', 'projektledare', 'kommunen']);
  const factors = records.codes.filter(
    (c) => (c.frameworkId === 'learning-factors' || c.frameworkId === 'success-factors') && !aspectsOf.has(codeById.get(c.parentId ?? '')?.frameworkCodeId ?? ''),
  );
  const subjects = [...records.projects.map((p) => p.id), 'programme'];

  it('judges every learning and success factor for every project and for the programme, once', () => {
    expect(factors).toHaveLength(6 + 18);
    const judged = new Set(records.judgements.map((j) => `${j.criterionCodeId}|${subjectKeyOf(j.subject)}`));
    expect(judged.size).toBe(records.judgements.length);
    for (const factor of factors) for (const subject of subjects) expect(judged.has(`${factor.id}|${subject}`), `${factor.frameworkCodeId} ${subject}`).toBe(true);
    const factorJudgements = records.judgements.filter((j) => codeById.get(j.criterionCodeId)?.frameworkId !== 'results-matrix');
    expect(factorJudgements).toHaveLength(factors.length * subjects.length);
  });

  it('judges the results matrix’s categories for the programme, each with its evidence but one', () => {
    const matrix = records.judgements.filter((j) => codeById.get(j.criterionCodeId)?.frameworkId === 'results-matrix');
    expect(matrix).toHaveLength(17);
    expect(matrix.every((j) => j.subject.kind === 'programme' && j.rating !== null && j.justification !== '')).toBe(true);
    expect(matrix.filter((j) => j.segmentIds.length === 0)).toHaveLength(1);
  });

  it('rates on the default scale of each framework, with a confidence, a justification and a coder', () => {
    for (const judgement of records.judgements) {
      const code = codeById.get(judgement.criterionCodeId);
      const keys = defaultScale(records.evaluation.id, code?.frameworkId ?? '').levels.map((l) => l.key);
      expect(keys).toContain(judgement.rating);
      expect(judgement.confidence).not.toBeNull();
      expect(judgement.justification.length).toBeGreaterThan(40);
      expect(records.evaluation.evaluators).toContain(judgement.coder);
      expect(judgement.evaluationId).toBe(records.evaluation.id);
    }
  });

  it("links passages that exist, carry the criterion and, for a project, are in the project's documents", () => {
    for (const judgement of records.judgements) {
      for (const id of judgement.segmentIds) {
        const segment = segments.get(id);
        expect(segment).toBeDefined();
        expect(segment?.codeIds).toContain(judgement.criterionCodeId);
        if (judgement.subject.kind === 'project') expect(segment?.projectId).toBe(judgement.subject.projectId);
      }
    }
  });

  it('leaves some judgements deliberately without evidence, and links most', () => {
    const bare = records.judgements.filter(restsOnNoEvidence);
    expect(bare.length).toBeGreaterThanOrEqual(5);
    expect(bare.length).toBeLessThan(records.judgements.length / 5);
  });

  it('has five findings under the report sections, tied to judgements and quotes, and three recommendations tied to findings', () => {
    expect(records.findings).toHaveLength(5);
    expect(records.recommendations).toHaveLength(3);
    const judgementIds = new Set(records.judgements.map((j) => j.id));
    const findingIds = new Set(records.findings.map((f) => f.id));
    for (const finding of records.findings) {
      expect(FINDING_SECTIONS).toContain(finding.section);
      expect(finding.judgementIds.length).toBeGreaterThan(0);
      expect(finding.segmentIds.length).toBeGreaterThan(0);
      for (const id of finding.judgementIds) expect(judgementIds.has(id)).toBe(true);
      for (const id of finding.segmentIds) expect(segments.has(id)).toBe(true);
    }
    // Two findings under the factors, each ordered in its section.
    expect(records.findings.filter((f) => f.section === 'factors').map((f) => f.order)).toEqual([0, 1]);
    expect(records.recommendations.map((r) => r.order)).toEqual([0, 1, 2]);
    for (const recommendation of records.recommendations) {
      expect(recommendation.findingIds.length).toBeGreaterThan(0);
      for (const id of recommendation.findingIds) expect(findingIds.has(id)).toBe(true);
    }
  });

  it('gives every record a unique id', () => {
    const ids = [records.evaluation.id, ...records.projects, ...records.documents, ...records.codes, ...records.segments, ...records.judgements, ...records.findings, ...records.recommendations].map((r) =>
      typeof r === 'string' ? r : r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a broken judgement manifest', () => {
  const real = () => parseDemoManifest(demoJson());
  const first = (manifest: DemoManifest) => manifest.judgements[0] as DemoManifest['judgements'][number];

  it.each([
    ['an unknown criterion', (m: DemoManifest) => (first(m).criterion = 'finns-inte'), /unknown criterion finns-inte/],
    ['a rating not on the scale', (m: DemoManifest) => (first(m).rating = 'achieved'), /rating achieved .* not on the scale/],
    ['an unknown project', (m: DemoManifest) => (first(m).subject = 'okänt'), /unknown project okänt/],
    ['an unknown passage', (m: DemoManifest) => (first(m).evidence = ['finns-inte']), /no coding with key finns-inte/],
    ['a criterion judged twice', (m: DemoManifest) => m.judgements.push({ ...first(m) }), /judged twice/],
    ['a finding naming an unknown judgement', (m: DemoManifest) => (m.findings[0]!.judgements = ['fokus@okänt']), /unknown judgement fokus@okänt/],
    ['a recommendation naming an unknown finding', (m: DemoManifest) => (m.recommendations[0]!.findings = ['finns-inte']), /unknown finding finns-inte/],
  ])('throws for %s', (_name, breakIt, message) => {
    const manifest = real();
    breakIt(manifest);
    expect(() => build(manifest)).toThrow(message);
  });

  it.each([
    ['judgements not a list', { judgements: {} }],
    ['a judgement without a criterion', { judgements: [{ subject: 'p', rating: '1' }] }],
    ['a rating that is a number', { judgements: [{ subject: 'p', criterion: 'fokus', rating: 1 }] }],
    ['an unknown confidence', { judgements: [{ subject: 'p', criterion: 'fokus', rating: '1', confidence: 'total' }] }],
    ['evidence not a list of text', { judgements: [{ subject: 'p', criterion: 'fokus', rating: '1', evidence: [1] }] }],
    ['a finding in an unknown section', { findings: [{ key: 'f', section: 'annat', title: 't' }] }],
    ['a recommendation without a title', { recommendations: [{ text: 't', findings: ['f'] }] }],
  ])('rejects %s', (_name, value) => {
    expect(() => parseDemoJudgements(value)).toThrow(ShapeError);
  });

  it('reads a manifest without judgements as none', () => {
    expect(parseDemoJudgements({})).toEqual({ judgements: [], findings: [], recommendations: [] });
  });
});
