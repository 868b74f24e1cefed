import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../../../../shared/analysis/matrixAnalysis';
import type { EvidenceItem } from '../../../../shared/analysis/evidenceItem';
import { barChartSvg, chartDataText } from '../../../../shared/report/charts/barChart';
import { evidencePerCategorySpec, evidencePerCategorySvg, type EvidenceChartTexts } from '../../../../shared/report/charts/evidenceChart';
import { escapeXml, wrapLabel } from '../../../../shared/report/charts/svgText';
import { codeId, resultsMatrixCodes } from '../../../fixtures/report/evaluationFixture';
import { byClass, parseSvg } from './parseSvg';

describe('barChartSvg', () => {
  const tricky = 'Samverkan <lokal> & "regional" – åäö';
  const svg = barChartSvg({
    title: 'Belägg per kategori & nivå',
    description: 'Alt <text>',
    groups: [
      { label: 'Lokal nivå – Resultat', bars: [{ label: tricky, value: 4 }, { label: 'Inspiration', value: 0 }] },
      { label: 'Tom grupp', bars: [] },
      { label: 'Regional nivå', bars: [{ label: 'Nätverk', value: 2 }] },
    ],
  });
  const root = parseSvg(svg);

  it('is a well-formed SVG with its title and alt text first', () => {
    expect(root.name).toBe('svg:svg');
    expect(root.attributes.role).toBe('img');
    expect(root.children[0]).toMatchObject({ name: 'svg:title', text: 'Belägg per kategori & nivå' });
    expect(root.children[1]).toMatchObject({ name: 'svg:desc', text: 'Alt <text>' });
    expect(Number(root.attributes.height)).toBeGreaterThan(100);
  });

  it('draws a bar per value, scaled to the largest, with its number written beside it', () => {
    const bars = byClass(root, 'chart-value-bar');
    expect(bars.map((b) => b.attributes['data-value'])).toEqual(['4', '0', '2']);
    const widths = bars.map((b) => Number(b.attributes.width));
    expect(widths[1]).toBe(0);
    expect(widths[0]).toBeCloseTo((widths[2] as number) * 2, 0);
    expect(byClass(root, 'chart-value').map((t) => t.text)).toEqual(['4', '0', '2']);
  });

  it('writes labels and group headings escaped, Swedish characters kept, empty groups left out', () => {
    expect(byClass(root, 'chart-label').map((t) => t.text.replace(/\s+/g, ' '))).toEqual([expect.stringContaining('åäö'), 'Inspiration', 'Nätverk']);
    expect(byClass(root, 'chart-label')[0]?.text).toContain('<lokal> & "regional"');
    expect(byClass(root, 'chart-group-label').map((t) => t.text)).toEqual(['Lokal nivå – Resultat', 'Regional nivå']);
    expect(svg).not.toContain('<lokal>');
  });

  it('says so when there is nothing to draw', () => {
    const empty = parseSvg(barChartSvg({ title: 'T', description: 'D', groups: [], emptyText: 'Inga belägg' }));
    expect(byClass(empty, 'chart-value-bar')).toHaveLength(0);
    expect(empty.text).toContain('Inga belägg');
  });
});

describe('svg text', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('wraps at spaces, cuts long words and ends a cut label in an ellipsis', () => {
    expect(wrapLabel('Goda exempel, metoder', 12, 3)).toEqual(['Goda', 'exempel,', 'metoder']);
    expect(wrapLabel('abcdefghijklmnopq', 8, 1)).toEqual(['abcdefg…']);
    expect(wrapLabel('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLabel('ett två tre fyra fem sex', 7, 2)).toEqual(['ett två', 'tre…']);
  });

  it('puts the data in words for the alt text', () => {
    expect(chartDataText([{ label: 'G', bars: [{ label: 'a', value: 1 }, { label: 'b', value: 0 }] }, { label: 'H', bars: [] }])).toBe('G: a 1, b 0.');
  });
});

describe('evidence per matrix category', () => {
  const codes = resultsMatrixCodes();
  const item = (frameworkCodeIds: string[], kind: EvidenceItem['kind'] = 'passage'): EvidenceItem => ({ kind, codeIds: frameworkCodeIds.map(codeId), projectId: 'p1', documentId: null, strength: null, direction: null, coder: '' });
  const analysis = analyseMatrix(codes, [item(['lokal.results.natverk']), item(['lokal.results.natverk', 'lokal.effects.okad-tillvaxt'], 'row'), item(['lokal.unforeseen'])], { projects: [], documents: [] });
  const texts: EvidenceChartTexts = {
    title: 'Belägg per kategori',
    intro: 'Stapeldiagram.',
    cellName: (level, column) => `${level} ${column}`,
    unforeseenName: (level) => `${level} oförutsett`,
    codeName: (code) => code.labelSv,
    emptyText: 'Inga',
  };

  it('groups the categories by level and column, national first, unforeseen results after their level', () => {
    const spec = evidencePerCategorySpec(analysis, texts);
    expect(spec.groups.map((g) => g.label)).toEqual(['nationell results', 'nationell effects', 'regional results', 'regional effects', 'lokal results', 'lokal effects', 'lokal oförutsett']);
    const lokal = spec.groups[4];
    expect(lokal?.bars.find((b) => b.label === 'Nätverk')?.value).toBe(2);
    expect(spec.description).toContain('lokal results: Goda exempel, metoder 0, Inspiration 0, Nätverk 2');
  });

  it('renders as SVG with the bars the analysis counted', () => {
    const root = parseSvg(evidencePerCategorySvg(analysis, texts));
    const values = byClass(root, 'chart-value-bar').map((b) => Number(b.attributes['data-value']));
    expect(values.reduce((a, b) => a + b, 0)).toBe(4);
    expect(values.filter((v) => v > 0)).toEqual([2, 1, 1]);
  });
});
