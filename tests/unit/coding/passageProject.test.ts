import { describe, expect, it } from 'vitest';
import { codingRule } from '../../../shared/coding/codingRule';
import { choosesPassageProject, guessPassageProject, passageProjectIn } from '../../../shared/coding/passageProject';
import { withRange } from '../../../shared/coding/segmentRange';
import type { Segment } from '../../../shared/domain';
import { followSegments } from '../../../shared/text/followSegments';
import { selectorsFor } from '../../../shared/text/selectors';

const projects = [
  { id: 'p-upph', name: 'Smart upphandling på Höglandet', code: 'P-04' },
  { id: 'p-handel', name: 'Handel som tillväxtmotor', code: 'P-12' },
  { id: 'p-hog', name: 'Höglandet', code: '7' },
];

describe('the move rule', () => {
  it('gives passages in a project’s document that project, and lets passages in a programme document keep theirs', () => {
    expect(passageProjectIn('p1', 'p2')).toBe('p1');
    expect(passageProjectIn('p1', null)).toBe('p1');
    expect(passageProjectIn(null, 'p2')).toBe('p2');
    expect(passageProjectIn(null, null)).toBeNull();
    expect(choosesPassageProject({ projectId: null })).toBe(true);
    expect(choosesPassageProject({ projectId: 'p1' })).toBe(false);
  });

  it('applies when a passage follows a new version or is relocated into another document', () => {
    const text = 'Idébok\n\nNätverket växer i Eksjö.';
    const segment: Segment = {
      id: 's1', evaluationId: 'e', documentId: 'd1', projectId: 'p2', ...selectorsFor(text, 8, 23), codeIds: ['c'], memo: '', strength: null, direction: null, coder: '', createdAt: '', updatedAt: '',
    };
    expect(followSegments([segment], text, { documentId: 'd2', projectId: null, now: 'n' }).moved[0]?.projectId).toBe('p2');
    expect(followSegments([segment], text, { documentId: 'd2', projectId: 'p9', now: 'n' }).moved[0]?.projectId).toBe('p9');
    expect(withRange(segment, text, 8, 23, 'n', { id: 'd3', projectId: null })?.projectId).toBe('p2');
    expect(withRange(segment, text, 8, 23, 'n', { id: 'd3', projectId: 'p5' })?.projectId).toBe('p5');
  });
});

describe('guessPassageProject', () => {
  it('finds the project a passage names by name or code, as whole words, whatever the case and spacing', () => {
    expect(guessPassageProject('I projektet Smart  upphandling på\nhöglandet ökade anbuden.', projects)).toBe('p-upph');
    expect(guessPassageProject('Enligt P-12 har handeln ökat.', projects)).toBe('p-handel');
    expect(guessPassageProject('handel som tillväxtmotor gav fler jobb', projects)).toBe('p-handel');
  });

  it('takes the project named first, the longer name where two start together, and none where none is named', () => {
    expect(guessPassageProject('Både Handel som tillväxtmotor och Smart upphandling på Höglandet nämns.', projects)).toBe('p-handel');
    expect(guessPassageProject('Smart upphandling på Höglandet, inte bara Höglandet.', projects)).toBe('p-upph');
    expect(guessPassageProject('Höglandets kommuner samverkar.', projects)).toBeNull();
    // A one-character code is no mention: "7" is in too many sentences.
    expect(guessPassageProject('Det kom 7 nya företag.', projects)).toBeNull();
    expect(guessPassageProject('Programmet som helhet.', projects)).toBeNull();
    expect(guessPassageProject('P-04P-12', projects)).toBeNull();
  });

  it('is what the coding rule gives a new passage in a programme document, and never one in a project’s', () => {
    const text = 'Idébok\n\nI Smart upphandling på Höglandet ökade anbuden.\n\nProgrammet har 24 projekt.';
    const base = { text, segments: [], codeId: 'c', coder: '', now: 'n', newId: () => 'new', projects };
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const programme = { id: 'd', evaluationId: 'e', projectId: null };
    expect(codingRule({ ...base, document: programme, range: at('I Smart upphandling på Höglandet ökade anbuden.') })?.projectId).toBe('p-upph');
    expect(codingRule({ ...base, document: programme, range: at('Programmet har 24 projekt.') })?.projectId).toBeNull();
    expect(codingRule({ ...base, document: { ...programme, projectId: 'p-handel' }, range: at('I Smart upphandling på Höglandet ökade anbuden.') })?.projectId).toBe('p-handel');
  });
});
