import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../shared/domain/reportSettings';
import type { Finding } from '../../../shared/domain/judgement';
import type { ReportBlock, ReportDocument } from '../../../shared/report/document/reportDocument';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import type { ReportInput } from '../../../shared/report/model/reportInput';
import { demoInput, quotes, sectionBlocks, sectionHeadings } from './demoReport';

const SV_HEADINGS = ['Sammanfattning', 'Inledning', 'Metod och material', 'Resultat per nivå', 'Framgångs- och lärandefaktorer', 'Vad som inte nåddes', 'Slutsatser och rekommendationer', 'Bilagor'];
const EN_HEADINGS = ['Summary', 'Introduction', 'Method and material', 'Results per level', 'Success and learning factors', 'What was not reached', 'Conclusions and recommendations', 'Appendices'];

/** The demo with page labels on its blocks (the demo's texts have none): a page every 1,500 characters. */
function pagedInput(language: 'sv' | 'en' = 'sv'): ReportInput {
  const input = demoInput(language);
  return { ...input, documents: input.documents.map((d) => ({ ...d, blocks: d.blocks.map((b) => ({ ...b, page: String(Math.floor(b.start / 1500) + 1) })) })) };
}

function tables(blocks: readonly ReportBlock[]): Extract<ReportBlock, { kind: 'table' }>[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
}

function text(cell: { inlines: ReadonlyArray<{ text: string } | { footnote: string }> }): string {
  return cell.inlines.map((i) => ('text' in i ? i.text : '')).join('');
}

function allText(document: ReportDocument): string {
  return JSON.stringify(document);
}

describe('buildReportDocument on the demo', () => {
  const sv = buildReportDocument(pagedInput('sv'));
  const en = buildReportDocument(pagedInput('en'));

  it('has the sections of the issue in order, in Swedish and in English, after a title page and the contents', () => {
    expect(sectionHeadings(sv)).toEqual(SV_HEADINGS);
    expect(sectionHeadings(en)).toEqual(EN_HEADINGS);
    expect(sv.blocks[0]).toEqual({ kind: 'contents', title: 'Innehåll' });
    expect(en.blocks[0]).toEqual({ kind: 'contents', title: 'Contents' });
    expect(sv.titlePage?.title).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden');
    expect(sv.titlePage?.kindLabel).toBe('Delutvärdering');
    expect(sv.titlePage?.lines).toContainEqual({ label: 'Beställare', value: 'Tillväxtverket' });
    expect(sv.titlePage?.lines).toContainEqual({ label: 'Datum', value: '2026-12-07' });
    expect(en.titlePage?.lines).toContainEqual({ label: 'Evaluators', value: 'Karin Lindqvist, Omar Haddad' });
  });

  it('leaves out switched-off sections and follows the evaluator’s order', () => {
    const input = pagedInput('sv');
    const order = ['titlePage', 'contents', 'conclusions', 'summary', 'results', 'appendices', 'method', 'introduction', 'factors', 'notReached'] as const;
    const off = new Set(['method', 'factors', 'titlePage', 'contents']);
    const document = buildReportDocument({ ...input, settings: { ...input.settings, sections: order.map((id) => ({ id, enabled: !off.has(id) })) } });
    expect(sectionHeadings(document)).toEqual(['Slutsatser och rekommendationer', 'Sammanfattning', 'Resultat per nivå', 'Bilagor', 'Inledning', 'Vad som inte nåddes']);
    expect(document.titlePage).toBeNull();
    expect(document.blocks.some((b) => b.kind === 'contents')).toBe(false);
  });

  it('never leaves a catalog key unresolved', () => {
    for (const document of [sv, en]) expect(allText(document)).not.toMatch(/report(Body|Method|Findings|Appendix)\.|_one|_other|\{\{/);
  });

  it('cites every quote with project, document title and page, and its evidence number', () => {
    const input = pagedInput('sv');
    const projectNames = input.projects.map((p) => p.name);
    const titles = input.documents.map((d) => d.title);
    const all = quotes(sv.blocks);
    expect(all.length).toBeGreaterThan(40);
    for (const quote of all) {
      expect(projectNames.some((name) => quote.citation.startsWith(`${name}, `)) || quote.citation.startsWith('Programmet, ')).toBe(true);
      expect(titles.some((title) => quote.citation.includes(`”${title}”`))).toBe(true);
      expect(quote.citation).toMatch(/, s\. \d+\. Belägg \d+\.$/);
      expect(quote.citation).toContain(`Belägg ${quote.evidenceNumber}.`);
    }
    for (const quote of quotes(en.blocks)) expect(quote.citation).toMatch(/, p\. \d+\. Evidence \d+\.$/);
  });

  it('numbers the evidence the same in the body and the appendix, in the evidence list’s order', () => {
    const list = tables(sectionBlocks(sv, 'Bilagor')).find((t) => t.caption === 'Belägg som rapporten citerar');
    expect(list).toBeDefined();
    const rows = list?.rows ?? [];
    expect(rows.map((r) => text(r[0] as never))).toEqual(rows.map((_, i) => String(i + 1)));
    const byNumber = new Map(rows.map((r) => [Number(text(r[0] as never)), { quote: text(r[1] as never), source: text(r[2] as never) }]));
    const used = new Set<number>();
    for (const quote of quotes(sv.blocks)) {
      const row = byNumber.get(quote.evidenceNumber);
      expect(row?.quote).toBe(`”${quote.text}”`);
      expect(quote.citation.startsWith(`${row?.source ?? '?'}.`)).toBe(true);
      used.add(quote.evidenceNumber);
    }
    // Every listed quote is quoted or referred to in the body.
    const referred = [...allText(sv).matchAll(/Fyndet vilar på belägg ([\d, ]+)\./g)].flatMap((m) => (m[1] ?? '').split(', ').map(Number));
    for (const n of byNumber.keys()) expect(used.has(n) || referred.includes(n)).toBe(true);
  });

  it('writes the results matrix as a table with every level', () => {
    const matrix = tables(sectionBlocks(sv, 'Inledning')).find((t) => t.caption === 'Programmets resultatmatris');
    expect(matrix?.columns.map((c) => c.header)).toEqual(['Nivå och målgrupper', 'Erfarenheter/Resultat', 'Effekter']);
    expect(matrix?.rows.map((r) => text(r[0] as never).split(' Målgrupper')[0])).toEqual(['Nationell nivå', 'Regional nivå', 'Lokal nivå']);
    expect(text(matrix?.rows[2]?.[2] as never)).toContain('Ökad tillväxt');
    expect(matrix?.columns.reduce((sum, c) => sum + c.widthPercent, 0)).toBeCloseTo(100, 5);
  });

  it('writes a rating label, filled with the scale colour, in every judged cell of the factor tables', () => {
    const input = pagedInput('sv');
    const factorTables = tables(sectionBlocks(sv, 'Framgångs- och lärandefaktorer')).filter((t) => t.caption.endsWith('bedömning per projekt'));
    expect(factorTables.map((t) => t.caption)).toEqual(['Faktorer som främjar lärande: bedömning per projekt', 'Framgångsfaktorer: bedömning per projekt']);
    const labels = new Set(['Saknas', 'Svagt', 'Delvis', 'Starkt', 'Kan inte bedömas', 'Ej bedömd']);
    let judged = 0;
    for (const table of factorTables) {
      expect(table.columns.at(-1)?.header).toBe('Programmet');
      for (const row of table.rows) {
        for (const cell of row.slice(1)) {
          const label = text(cell);
          if (label === '–') continue;
          judged += 1;
          expect(labels.has(label)).toBe(true);
          expect(cell.fill).toMatch(/^[0-9A-F]{6}$/);
        }
      }
    }
    // Every judgement of the demo (the learning and success factors) is in a cell.
    expect(judged).toBe(input.judgements.length);
  });

  it('shows the evidence per category and the rating distribution as charts with alt text', () => {
    const charts = sv.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
    expect(charts.map((c) => c.caption)).toEqual(['Belägg per kategori', 'Fördelning av bedömningar: Faktorer som främjar lärande', 'Fördelning av bedömningar: Framgångsfaktorer']);
    for (const chart of charts) {
      expect(chart.svg.startsWith('<svg')).toBe(true);
      expect(chart.alt.length).toBeGreaterThan(50);
    }
  });

  it('says when a finding rests on no evidence, and cites the evidence of the others', () => {
    const input = pagedInput('sv');
    const bare: Finding = { ...(input.findings[0] as Finding), id: 'bare', title: 'Ett fynd utan belägg', segmentIds: [], dataCodingIds: [], judgementIds: [], order: 99 };
    const document = buildReportDocument({ ...input, findings: [...input.findings, bare] });
    const blocks = sectionBlocks(document, 'Slutsatser och rekommendationer');
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Ett fynd utan belägg');
    expect(blocks.slice(at + 1, at + 4)).toContainEqual({ kind: 'paragraph', inlines: [{ text: 'Fyndet saknar kopplade belägg.' }], style: 'note' });
    expect(allText(buildReportDocument(input))).not.toContain('Fyndet saknar kopplade belägg.');
    expect(allText({ ...document, blocks })).toMatch(/Fyndet vilar på belägg \d+(, \d+)*\./);
  });

  it('is the same document for the same input', () => {
    expect(buildReportDocument(pagedInput('sv'))).toEqual(sv);
    expect(REPORT_SECTION_IDS).toHaveLength(10);
  });
});

describe('buildReportDocument on an evaluation with nothing in it yet', () => {
  const demo = demoInput('en');
  const empty: ReportInput = { ...demo, projects: [], documents: [], codes: [], segments: [], judgements: [], findings: [], recommendations: [], ratingScales: [], auditLog: [], settings: { ...demo.settings, texts: {} } };
  const document = buildReportDocument(empty);

  it('still has every section, says what is missing, and holds no empty table', () => {
    expect(sectionHeadings(document)).toEqual(EN_HEADINGS);
    for (const table of tables(document.blocks)) expect(table.rows.length, table.caption).toBeGreaterThan(0);
    const text = allText(document);
    for (const note of ['No findings have been written yet.', 'No factor has been judged or coded yet.', 'The report quotes no evidence.', 'The project register is empty.', 'No recommendations have been written yet.']) expect(text).toContain(note);
    expect(quotes(document.blocks)).toEqual([]);
  });
});
