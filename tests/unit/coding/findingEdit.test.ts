import { describe, expect, it } from 'vitest';
import { editFinding, FINDING_SECTIONS, findingsBySection, isFindingSection, linkFinding, moveInGroup, newFinding, sectionForCriterion, TitleRequiredError, UnknownSectionError, type FindingSection } from '../../../shared/coding/findingEdit';
import { editRecommendation, FindingRequiredError, newRecommendation } from '../../../shared/coding/recommendationEdit';
import { findingRestsOnNoEvidence, recommendationRestsOnNoEvidence } from '../../../shared/coding/findingEvidence';
import { findingsAfterDeletions } from '../../../shared/coding/findingCascade';
import { en, sv, translate } from '../../../shared/i18n';
import type { Finding, Judgement, Recommendation } from '../../../shared/domain';
import { CREATED, NOW } from './codebookFixtures';

const make = (id: string, section: FindingSection, existing: Finding[] = [], links: Partial<Pick<Finding, 'judgementIds' | 'segmentIds' | 'dataCodingIds'>> = {}): Finding =>
  newFinding({ id, evaluationId: 'eval', now: CREATED, title: `Slutsats ${id}`, text: '', section, ...links }, existing);

describe('findings', () => {
  it('names every report section in both languages, results per level first and what was not reached last', () => {
    expect(FINDING_SECTIONS).toEqual(['resultsNationell', 'resultsRegional', 'resultsLokal', 'factors', 'notReached']);
    for (const section of FINDING_SECTIONS) {
      expect(translate(sv, `ui.findings.section.${section}`)).not.toMatch(/^ui\./);
      expect(translate(en, `ui.findings.section.${section}`)).not.toMatch(/^ui\./);
    }
    expect(isFindingSection('factors')).toBe(true);
    expect(isFindingSection('other')).toBe(false);
  });

  it('needs a title and a known section, trims the words and puts a new finding last in its section', () => {
    expect(() => newFinding({ id: 'x', evaluationId: 'eval', now: NOW, title: '  ', text: '', section: 'factors' }, [])).toThrow(TitleRequiredError);
    expect(() => newFinding({ id: 'x', evaluationId: 'eval', now: NOW, title: 'T', text: '', section: 'other' as FindingSection }, [])).toThrow(UnknownSectionError);
    const a = make('a', 'factors');
    const b = make('b', 'factors', [a]);
    const c = make('c', 'notReached', [a, b]);
    expect([a.order, b.order, c.order]).toEqual([0, 1, 0]);
    const d = newFinding({ id: 'd', evaluationId: 'eval', now: NOW, title: ' Titel ', text: ' Text ', section: 'factors', judgementIds: ['j1', 'j1'] }, [a, b, c]);
    expect(d).toMatchObject({ title: 'Titel', text: 'Text', order: 2, judgementIds: ['j1'], segmentIds: [], dataCodingIds: [] });
  });

  it('edits title, text and section; moved to another section it goes last there; unchanged gives null', () => {
    const a = make('a', 'factors');
    const b = make('b', 'notReached');
    expect(editFinding(a, { title: a.title, text: '', section: 'factors' }, [a, b], NOW)).toBeNull();
    expect(editFinding(a, { title: 'Ny', text: 'Ord', section: 'factors' }, [a, b], NOW)).toMatchObject({ title: 'Ny', text: 'Ord', order: 0, updatedAt: NOW });
    expect(editFinding(a, { title: a.title, text: '', section: 'notReached' }, [a, b], NOW)).toMatchObject({ section: 'notReached', order: 1 });
    expect(() => editFinding(a, { title: '', text: '', section: 'factors' }, [a], NOW)).toThrow(TitleRequiredError);
  });

  it('links and unlinks judgements, passages and table codings once each', () => {
    const a = make('a', 'factors');
    const linked = linkFinding(a, { kind: 'judgement', id: 'j1' }, true, NOW) as Finding;
    expect(linked.judgementIds).toEqual(['j1']);
    expect(linkFinding(linked, { kind: 'judgement', id: 'j1' }, true, NOW)).toBeNull();
    expect(linkFinding(linked, { kind: 'segment', id: 's1' }, true, NOW)?.segmentIds).toEqual(['s1']);
    expect(linkFinding(linked, { kind: 'dataCoding', id: 'd1' }, true, NOW)?.dataCodingIds).toEqual(['d1']);
    expect(linkFinding(linked, { kind: 'judgement', id: 'j1' }, false, NOW)?.judgementIds).toEqual([]);
    expect(linkFinding(a, { kind: 'segment', id: 's1' }, false, NOW)).toBeNull();
  });

  it('moves a finding up and down within its section and not past either end', () => {
    const a = make('a', 'factors');
    const b = make('b', 'factors', [a]);
    const c = make('c', 'factors', [a, b]);
    const moved = moveInGroup([a, b, c], 'c', -1, NOW);
    expect(moved.map((f) => [f.id, f.order])).toEqual([['c', 1], ['b', 2]]);
    expect(moveInGroup([a, b, c], 'a', -1, NOW)).toEqual([]);
    expect(moveInGroup([a, b, c], 'c', 1, NOW)).toEqual([]);
    const grouped = findingsBySection([c, make('x', 'notReached'), b, a]);
    expect(grouped.map((g) => g.section)).toEqual(FINDING_SECTIONS);
    expect(grouped.find((g) => g.section === 'factors')?.findings.map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('recommendations', () => {
  it('need a title and at least one finding, and go last', () => {
    expect(() => newRecommendation({ id: 'r', evaluationId: 'eval', now: NOW, title: 'R', text: '', findingIds: [] }, [])).toThrow(FindingRequiredError);
    expect(() => newRecommendation({ id: 'r', evaluationId: 'eval', now: NOW, title: ' ', text: '', findingIds: ['f'] }, [])).toThrow(TitleRequiredError);
    const r1 = newRecommendation({ id: 'r1', evaluationId: 'eval', now: NOW, title: 'R1', text: '', findingIds: ['f1', 'f1'] }, []);
    const r2 = newRecommendation({ id: 'r2', evaluationId: 'eval', now: NOW, title: 'R2', text: '', findingIds: ['f1'] }, [r1]);
    expect([r1.order, r2.order, r1.findingIds]).toEqual([0, 1, ['f1']]);
    expect(editRecommendation(r1, { title: 'R1', text: '', findingIds: ['f1'] }, NOW)).toBeNull();
    expect(editRecommendation(r1, { title: 'R1', text: '', findingIds: ['f1', 'f2'] }, NOW)?.findingIds).toEqual(['f1', 'f2']);
    expect(() => editRecommendation(r1, { title: 'R1', text: '', findingIds: [] }, NOW)).toThrow(FindingRequiredError);
  });
});

describe('resting on no evidence', () => {
  const judgements = new Map<string, Pick<Judgement, 'segmentIds' | 'dataCodingIds'>>([
    ['withEvidence', { segmentIds: ['s1'], dataCodingIds: [] }],
    ['bare', { segmentIds: [], dataCodingIds: [] }],
  ]);

  it('a finding rests on evidence through a passage, a table coding or a judgement that links evidence', () => {
    expect(findingRestsOnNoEvidence(make('a', 'factors'), judgements)).toBe(true);
    expect(findingRestsOnNoEvidence(make('a', 'factors', [], { judgementIds: ['bare', 'gone'] }), judgements)).toBe(true);
    expect(findingRestsOnNoEvidence(make('a', 'factors', [], { judgementIds: ['bare', 'withEvidence'] }), judgements)).toBe(false);
    expect(findingRestsOnNoEvidence(make('a', 'factors', [], { segmentIds: ['s9'] }), judgements)).toBe(false);
    expect(findingRestsOnNoEvidence(make('a', 'factors', [], { dataCodingIds: ['d9'] }), judgements)).toBe(false);
  });

  it('a recommendation rests on evidence when any of its findings does', () => {
    const findings = new Map([
      ['good', make('good', 'factors', [], { segmentIds: ['s1'] })],
      ['bare', make('bare', 'factors')],
    ]);
    expect(recommendationRestsOnNoEvidence({ findingIds: ['bare'] }, findings, judgements)).toBe(true);
    expect(recommendationRestsOnNoEvidence({ findingIds: ['bare', 'good'] }, findings, judgements)).toBe(false);
    expect(recommendationRestsOnNoEvidence({ findingIds: [] }, findings, judgements)).toBe(true);
  });
});

describe('deletions', () => {
  it('remove links to deleted judgements, passages, table codings and findings; the records stay', () => {
    const f1 = make('f1', 'factors', [], { judgementIds: ['j1', 'j2'], segmentIds: ['s1'], dataCodingIds: ['d1'] });
    const f2 = make('f2', 'factors', [f1], { judgementIds: ['j2'] });
    const r: Recommendation = newRecommendation({ id: 'r', evaluationId: 'eval', now: CREATED, title: 'R', text: '', findingIds: ['f1'] }, []);
    const changes = findingsAfterDeletions([f1, f2], [r], { judgementIds: new Set(['j1']), segmentIds: new Set(['s1']), dataCodingIds: new Set(['d1']) }, NOW);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.after).toMatchObject({ id: 'f1', judgementIds: ['j2'], segmentIds: [], dataCodingIds: [], updatedAt: NOW });
    const gone = findingsAfterDeletions([f1, f2], [r], { findingIds: new Set(['f1']) }, NOW);
    expect(gone).toEqual([{ table: 'recommendations', id: 'r', before: r, after: { ...r, findingIds: [], updatedAt: NOW } }]);
  });
});

describe('the section of a finding about a criterion', () => {
  it('is the results of the matrix level for a matrix code, else the factors', () => {
    expect(sectionForCriterion({ matrixCell: { level: 'regional', column: 'results' } })).toBe('resultsRegional');
    expect(sectionForCriterion({ matrixCell: null })).toBe('factors');
    expect(sectionForCriterion(undefined)).toBe('factors');
  });
});
