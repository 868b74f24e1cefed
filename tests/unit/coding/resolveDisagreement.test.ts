import { describe, expect, it } from 'vitest';
import { resolveDisagreement, type ResolutionInput } from '../../../shared/coding/resolveDisagreement';
import { measureAgreement } from '../../../shared/analysis/agreement/measureAgreement';
import type { Segment } from '../../../shared/domain';

const text = 'Projektet har startat ett nätverk. Företagen träffas varannan månad. Budgeten följer plan.';
const NOW = '2026-12-07T10:00:00.000Z';

function input(over: Partial<ResolutionInput>): ResolutionInput {
  let n = 0;
  return { document: { id: 'd', evaluationId: 'e', projectId: 'p' }, text, spans: [[0, 34]], codeId: 'x', resolution: 'keep', shared: [], coder: 'Eva', now: NOW, newId: () => `new-${(n += 1)}`, ...over };
}

const coded = (id: string, coder: string, codeIds: string[], start: number, end: number): Segment => ({
  id,
  evaluationId: 'e',
  documentId: 'd',
  projectId: 'p',
  position: { type: 'TextPositionSelector', start, end },
  quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
  codeIds,
  memo: '',
  strength: null,
  direction: null,
  coder,
  createdAt: NOW,
  updatedAt: NOW,
});

describe('the resolution rule', () => {
  it('keep: a new passage of the shared coding with the code, exactly at the span, by who resolves', () => {
    const [change] = resolveDisagreement(input({}));
    expect(change?.before).toBeNull();
    expect(change?.after).toMatchObject({ id: 'new-1', consensus: true, codeIds: ['x'], droppedCodeIds: [], coder: 'Eva', projectId: 'p', position: { start: 0, end: 34 }, quote: { exact: 'Projektet har startat ett nätverk.' } });
  });

  it('drop: the code among the dropped codes; then keep moves it back on the same passage', () => {
    const [dropped] = resolveDisagreement(input({ resolution: 'drop' }));
    expect(dropped?.after).toMatchObject({ codeIds: [], droppedCodeIds: ['x'] });
    const shared = [dropped?.after as Segment];
    const [kept] = resolveDisagreement(input({ shared }));
    expect(kept?.before).toEqual(dropped?.after);
    expect(kept?.after).toMatchObject({ id: 'new-1', codeIds: ['x'], droppedCodeIds: [] });
    expect(resolveDisagreement(input({ resolution: 'drop', shared }))).toEqual([]);
  });

  it('one passage per span; a coder\'s passage at the same span is never changed', () => {
    const own = coded('a', 'A', ['x'], 0, 34);
    const changes = resolveDisagreement(input({ spans: [[0, 34], [35, 68]], shared: [own] }));
    expect(changes.map((c) => [c.id, c.before === null])).toEqual([
      ['new-1', true],
      ['new-2', true],
    ]);
  });

  it('resolving every disagreement brings agreement after to 1, before stays', () => {
    const passages = [coded('a', 'A', ['x'], 0, 34), coded('b', 'B', ['y'], 0, 34), coded('c', 'B', ['x'], 35, 68), coded('d', 'A', ['x'], 35, 68)];
    const documents = [{ id: 'd', length: text.length, blocks: [{ start: 0, end: 34 }, { start: 35, end: 68 }, { start: 69, end: text.length }] }];
    const first = measureAgreement({ unit: 'paragraph', coders: ['A', 'B'], documents, passages });
    expect(first.disagreements).toHaveLength(2);
    let shared: Segment[] = [];
    for (const [i, d] of first.disagreements.entries()) {
      const changes = resolveDisagreement(input({ spans: d.spans, codeId: d.codeId, resolution: i === 0 ? 'keep' : 'drop', shared, newId: () => `s-${i}` }));
      shared = [...shared, ...changes.map((c) => c.after as Segment)];
    }
    const after = measureAgreement({ unit: 'paragraph', coders: ['A', 'B'], documents, passages: [...passages, ...shared] });
    expect(after.before).toEqual(first.before);
    expect(after.after.overall).toMatchObject({ disagreements: 0, percent: 1 });
    expect(after.disagreements.map((d) => d.resolution)).toEqual(['kept', 'dropped']);
  });
});
