import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/domain/segment';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { quotePlan } from '../../../shared/report/model/quotePlan';
import { reportContext } from '../../../shared/report/model/reportContext';
import type { ReportInput } from '../../../shared/report/model/reportInput';
import { demoInput, quotes, sectionBlocks } from './demoReport';

function codeId(input: ReportInput, frameworkCodeId: string): string {
  const code = input.codes.find((c) => c.frameworkCodeId === frameworkCodeId);
  if (!code) throw new Error(frameworkCodeId);
  return code.id;
}

function withSegments(input: ReportInput, change: (s: Segment) => Segment): ReportInput {
  return { ...input, segments: input.segments.map(change) };
}

describe('the quotes the report chooses', () => {
  // The demo with no passage marked "I rapporten" (it marks some): each test marks its own.
  const base = withSegments(demoInput('sv'), (s) => ({ ...s, inReport: false }));
  const goodExamples = codeId(base, 'lokal.results.goda-exempel');
  const coded = base.segments.filter((s) => s.codeIds.includes(goodExamples));

  it('takes the strongest up to the number per category where none is marked', () => {
    expect(coded).toHaveLength(2);
    const one = { ...base, settings: { ...base.settings, quotesPerCategory: 1 } };
    // The first in the stable order is the weaker: the stronger second is taken.
    const weakened = withSegments(one, (s) => (s.id === coded[0]?.id ? { ...s, strength: 'weak' } : s.id === coded[1]?.id ? { ...s, strength: 'moderate' } : s));
    const plan = quotePlan(reportContext(weakened));
    expect(plan.categories.get(goodExamples)?.map((q) => q.segmentId)).toEqual([coded[1]?.id]);
    // No category of the matrix gets more than the number.
    for (const chosen of plan.categories.values()) expect(chosen.length).toBeLessThanOrEqual(1);
    const all = quotePlan(reportContext({ ...base, settings: { ...base.settings, quotesPerCategory: 3 } }));
    expect(all.categories.get(goodExamples)).toHaveLength(2);
    expect(all.autoChosen).toBe(true);
  });

  it('takes the marked quotes first, and only them, where some are marked', () => {
    const segmentCounts = new Map<string, number>();
    for (const s of base.segments) for (const id of s.codeIds) segmentCounts.set(id, (segmentCounts.get(id) ?? 0) + 1);
    const factor = codeId(base, 'delaktighet');
    const factorSegments = base.segments.filter((s) => s.codeIds.includes(factor));
    const marked = factorSegments.filter((s) => s.strength === 'weak' || s.strength === null).slice(0, 1)[0] ?? (factorSegments.at(-1) as Segment);
    const linkedInput: ReportInput = {
      ...withSegments(base, (s) => (s.id === marked.id || s.id === coded[1]?.id ? { ...s, inReport: true } : s)),
      judgements: base.judgements.map((j) => (j.criterionCodeId === factor && j.subject.kind === 'programme' ? { ...j, segmentIds: factorSegments.map((s) => s.id) } : j)),
    };
    const plan = quotePlan(reportContext(linkedInput));
    expect(plan.categories.get(goodExamples)?.map((q) => q.segmentId)).toEqual([coded[1]?.id]);
    expect(plan.factors.get(factor)?.map((q) => q.segmentId)).toEqual([marked.id]);
    const document = buildReportDocument(linkedInput);
    const results = sectionBlocks(document, 'Resultat per nivå');
    const at = results.findIndex((b, i) => b.kind === 'heading' && b.text === 'Goda exempel, metoder' && results.slice(0, i).some((x) => x.kind === 'heading' && x.text === 'Lokal nivå – Erfarenheter/Resultat'));
    const next = results.findIndex((b, i) => i > at && b.kind === 'heading');
    expect(quotes(results.slice(at, next)).map((q) => q.text)).toEqual([coded[1]?.quote.exact.replace(/\s+/g, ' ').trim()]);
  });

  it('gives a memo only when the evaluator marked it for the report', () => {
    const withMemo = coded[0] as Segment;
    expect(withMemo.memo).not.toBe('');
    const find = (input: ReportInput) => quotes(buildReportDocument(input).blocks).find((q) => q.text === withMemo.quote.exact.trim());
    expect(find(base)?.memo).toBeNull();
    expect(find(withSegments(base, (s) => (s.id === withMemo.id ? { ...s, memoInReport: true } : s)))?.memo).toBe(withMemo.memo);
  });
});

describe('anonymisation in the report', () => {
  const base = demoInput('sv');
  const target = base.segments.find((s) => s.codeIds.includes(codeId(base, 'lokal.results.goda-exempel'))) as Segment;
  const named = withSegments(base, (s) => (s.id === target.id ? { ...s, quote: { ...s.quote, exact: 'Linnea Borg ledde träffarna. Enligt linnea borgs anteckningar kom Karin också.' } } : s));
  const quoteOf = (input: ReportInput) => quotes(buildReportDocument(input).blocks).find((q) => q.text.includes('ledde träffarna'))?.text;

  it("replaces a register manager's name by the role, the genitive too, and a listed person's by theirs", () => {
    const input = { ...named, settings: { ...named.settings, people: [{ name: 'Karin', role: 'utvärderaren' }] } };
    expect(quoteOf(input)).toBe('Projektledaren ledde träffarna. Enligt projektledarens anteckningar kom utvärderaren också.');
    const method = JSON.stringify(sectionBlocks(buildReportDocument(input), 'Metod och material'));
    expect(method).toContain('Citaten är avidentifierade');
  });

  it('leaves the names when anonymisation is off', () => {
    const input = { ...named, settings: { ...named.settings, anonymise: false, people: [{ name: 'Karin', role: 'utvärderaren' }] } };
    expect(quoteOf(input)).toBe('Linnea Borg ledde träffarna. Enligt linnea borgs anteckningar kom Karin också.');
    expect(JSON.stringify(buildReportDocument(input))).toContain('Citaten återges med de namn som står i källorna.');
  });

  it('uses the English role in an English report', () => {
    expect(quoteOf({ ...named, language: 'en' })).toBe('The project manager ledde träffarna. Enligt linnea borgs anteckningar kom Karin också.');
  });
});

describe('citations of programme documents', () => {
  it('cite a passage about no project as the programme’s, with the document’s title, and number it after the projects’', () => {
    const base = demoInput('sv');
    const programmeDocument = base.documents.find((d) => d.projectId === null);
    const passage = base.segments.find((s) => s.documentId === programmeDocument?.id) as Segment;
    const input = withSegments(base, (s) => (s.id === passage.id ? { ...s, projectId: null, inReport: true } : s));
    const all = quotes(buildReportDocument(input).blocks);
    const quote = all.find((q) => q.text === passage.quote.exact.replace(/\s+/g, ' ').trim());
    expect(quote?.citation.startsWith(`Programmet, ”${programmeDocument?.title ?? '?'}” (Övrigt, ${programmeDocument?.date ?? '?'})`)).toBe(true);
    expect(quote?.evidenceNumber).toBe(Math.max(...all.map((q) => q.evidenceNumber)));
  });
});
