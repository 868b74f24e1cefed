import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../../shared/domain/judgement';
import type { Segment } from '../../../shared/domain/segment';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { demoInput, sectionBlocks } from './demoReport';

const text = (inlines: ReadonlyArray<{ text: string } | { footnote: string }>) => inlines.map((i) => ('text' in i ? i.text : '')).join('');

describe('the results per level', () => {
  const base = demoInput('sv');
  const code = (frameworkCodeId: string) => base.codes.find((c) => c.frameworkCodeId === frameworkCodeId)?.id ?? '?';
  const growth = code('lokal.effects.okad-tillvaxt');
  const unforeseen = code('lokal.unforeseen');
  const passage = base.segments[0] as Segment;
  const rated: Judgement = {
    id: 'j-growth', evaluationId: base.evaluation.id, subject: { kind: 'programme' }, criterionCodeId: growth, rating: 'tooEarly', confidence: 'medium',
    justification: 'Effekterna på tillväxten går ännu inte att mäta.', segmentIds: [], dataCodingIds: [], coder: 'Karin Lindqvist', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const input = { ...base, judgements: [...base.judgements, rated], segments: base.segments.map((s) => (s.id === passage.id ? { ...s, codeIds: [...s.codeIds, unforeseen] } : s)) };
  const blocks = sectionBlocks(buildReportDocument(input), 'Resultat per nivå');

  it("gives a category the programme's rating written out, its justification and its counts", () => {
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Ökad tillväxt');
    const rating = blocks[at + 1];
    expect(rating?.kind === 'paragraph' ? text(rating.inlines) : '').toBe('Programmets bedömning: För tidigt att säga. Belägg: 1 projekt, 1 passage.');
    expect(blocks[at + 2]).toEqual({ kind: 'paragraph', inlines: [{ text: 'Effekterna på tillväxten går ännu inte att mäta.' }], style: 'normal' });
  });

  it('reports the unforeseen results of a level and lists them in the map check', () => {
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Lokal nivå – Oförutsedda resultat' });
    const map = blocks.find((b) => b.kind === 'table' && b.caption === 'Förväntade och belagda resultat');
    const rows = map?.kind === 'table' ? map.rows.map((r) => r.map((c) => text(c.inlines))) : [];
    expect(rows).toContainEqual(['Oförutsedda resultat', 'Lokal nivå – Oförutsedda resultat', '1', '1', 'Oförutsett']);
    expect(rows.filter((r) => r[4] === 'Saknar belägg').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[4] === 'Mest hindrande').map((r) => r[0])).toEqual(['Utvecklingsområden (ex. offentlig upphandling, näringslivsklimat, handel som tillväxtfaktor)']);
  });

  it("puts the evaluator's text for a level and column under its heading", () => {
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Lokal nivå – Effekter');
    const first = (input.settings.texts['results.lokal.effects'] ?? '').split(/\n\s*\n/)[0]?.trim();
    expect(first).toBeTruthy();
    expect(blocks[at + 1]).toEqual({ kind: 'paragraph', inlines: [{ text: first }] });
  });
});
