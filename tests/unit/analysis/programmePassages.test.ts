import { describe, expect, it } from 'vitest';
import { countedOnce, repeatedPassages, type TwinFacts } from '../../../shared/analysis/countedOnce';
import { passageItem, type DocumentFacts } from '../../../shared/analysis/evidenceItem';
import { candidateEvidence, judgementHeatmap } from '../../../shared/analysis/judgementHeatmap';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { projectEvidence } from '../../../shared/analysis/projectEvidence';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import { emptyProjectInput, type Project } from '../../../shared/domain';
import { defaultScale } from '../../../shared/domain/ratingScales';
import { code, CREATED, segment } from '../coding/codebookFixtures';

const codes = [code('a', null, 1), code('b', null, 2)];
const project = (id: string): Project => ({ ...emptyProjectInput(), id, evaluationId: 'eval', createdAt: '', updatedAt: '', name: id });
const projects = [project('p1'), project('p4')];
const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });

// The idea book (a programme document) has a passage about project 4 and one about the programme; p1's
// own report has one passage; p4's report is in two formats, the DOCX marked as the twin of the PDF.
const documents: (DocumentFacts & TwinFacts & { projectId: string | null; title: string; pageCount: number | null })[] = [
  { id: 'idebok', title: 'idebok', pageCount: null, projectId: null, type: 'ovrigt', date: '2024-01-01', duplicateOf: null },
  { id: 'p1-rapport', title: 'p1-rapport', pageCount: null, projectId: 'p1', type: 'slutrapport', date: '2024-06-01', duplicateOf: null },
  { id: 'p4-pdf', title: 'p4-pdf', pageCount: null, projectId: 'p4', type: 'slutrapport', date: '2024-06-01', duplicateOf: null },
  { id: 'p4-docx', title: 'p4-docx', pageCount: null, projectId: 'p4', type: 'slutrapport', date: '2024-06-01', duplicateOf: 'p4-pdf' },
];
const segments = [
  segment('s-idebok-p4', ['a'], { documentId: 'idebok', projectId: 'p4', quote: quote('I projekt 4 växte nätverket.') }),
  segment('s-idebok-programme', ['a'], { documentId: 'idebok', projectId: null, quote: quote('Programmet samlar 24 projekt.') }),
  segment('s-p1', ['a'], { documentId: 'p1-rapport', projectId: 'p1', quote: quote('Nätverket växte.') }),
  segment('s-p4-pdf', ['a', 'b'], { documentId: 'p4-pdf', projectId: 'p4', quote: quote('Fler anbud kom in.') }),
  segment('s-p4-docx', ['a'], { documentId: 'p4-docx', projectId: 'p4', quote: quote('Fler anbud kom in.') }),
];

describe('a passage of a programme document counts for the project it is about', () => {
  it('in a project’s evidence, with twins counted once', () => {
    const counted = countedOnce(segments, documents);
    const p4 = projectEvidence('p4', codes, counted, [], documents);
    const byCode = Object.fromEntries(p4.frameworks[0]?.codes.map((c) => [c.code.id, c.passages]) ?? []);
    // a: the idea book's passage about p4 and the report's (once, not twice); b: the PDF's.
    expect(byCode).toEqual({ a: 2, b: 1 });
    expect(p4.documents.map((d) => [d.document.id, d.passages])).toEqual([
      ['idebok', 1],
      ['p1-rapport', 0],
      ['p4-pdf', 1],
      ['p4-docx', 0],
    ]);
    // Without the twin mark the DOCX's passage would count again.
    const apart = projectEvidence('p4', codes, segments, [], documents);
    expect(apart.frameworks[0]?.codes.find((c) => c.code.id === 'a')?.passages).toBe(3);
    expect(projectEvidence('p1', codes, counted, [], documents).frameworks[0]?.codes.find((c) => c.code.id === 'a')?.passages).toBe(1);
    // The programme's own passage belongs to no project.
    expect(counted.map(passageItem).filter((item) => item.projectId === null)).toHaveLength(1);
  });

  it('in the heatmap: offered in project 4’s cell, and a linked twin passage counted once', () => {
    const offered = candidateEvidence(codes, 'a', { kind: 'project', projectId: 'p4' }, segments, []);
    expect(offered.segments.map((s) => s.id)).toEqual(['s-idebok-p4', 's-p4-docx', 's-p4-pdf']);
    expect(candidateEvidence(codes, 'a', { kind: 'project', projectId: 'p1' }, segments, []).segments.map((s) => s.id)).toEqual(['s-p1']);
    const judgement = { ...newJudgement({ id: 'j', evaluationId: 'eval', subject: { kind: 'project', projectId: 'p4' }, criterionCodeId: 'a', coder: 'K', now: CREATED }), segmentIds: ['s-idebok-p4', 's-p4-pdf', 's-p4-docx'] };
    const map = judgementHeatmap({
      codes,
      frameworkId: 'fw',
      projects,
      filter: EMPTY_MATRIX_FILTER,
      grouping: null,
      judgements: [judgement],
      scale: defaultScale('eval', 'learning-factors'),
      repeated: repeatedPassages(segments, documents),
    });
    const row = map.rows.findIndex((r) => r.code.id === 'a');
    const cell = map.cells[row]?.find((c) => c.subject.kind === 'project' && c.subject.projectId === 'p4');
    expect(cell?.passages).toBe(2);
  });
});
