import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Code, Segment } from '../../../../shared/domain';
import { ChunkContent, type PaintContext } from '../../../../renderer/features/reader/ChunkContent';
import { findMatches, foldText, placeMatches } from '../../../../renderer/features/reader/find';
import { layoutDocument, rangesByChunk, type ReaderLayout } from '../../../../renderer/features/reader/layout';
import { segmentPaints } from '../../../../renderer/features/reader/paint';
import { doc, longReport, type Doc } from './docs';

const LABELS: PaintContext['labels'] = {
  page: (page) => `Sida ${page}`,
  footnote: 'Fotnot',
  endnote: 'Slutnot',
  notePage: (page) => `s. ${page}`,
  comment: (author) => (author ? `Kommentar av ${author}` : 'Kommentar'),
  runningHeader: 'Sidhuvud',
  runningFooter: 'Sidfot',
};

function context(model: Doc, layout: ReaderLayout): PaintContext {
  return {
    text: model.text,
    language: 'sv',
    labels: LABELS,
    listNumbers: layout.listNumbers,
    mixedNotes: layout.mixedNotes,
  };
}

function segment(id: string, start: number, end: number, codeIds: string[]): Segment {
  return {
    id,
    evaluationId: 'e',
    documentId: 'd',
    projectId: 'p',
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    codeIds,
    memo: '',
    strength: null,
    direction: null,
    coder: '',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

/** Renders every chunk of a layout (as the reader does for the chunks in view) and parses the HTML back. */
function render(model: Doc, options: { showRunning?: boolean; segments?: Segment[]; codes?: Code[]; query?: string; current?: number; selected?: string } = {}) {
  const layout = layoutDocument(model.blocks, { showRunning: options.showRunning ?? false });
  const ctx = context(model, layout);
  const codesById = new Map((options.codes ?? []).map((c) => [c.id, c]));
  const ranges = rangesByChunk(layout, segmentPaints(options.segments ?? [], codesById, 'sv', 'Okänd kod'));
  const hits = options.query ? placeMatches(findMatches(foldText(model.text), options.query).matches, layout) : null;
  const html = layout.chunks
    .map((chunk) =>
      renderToStaticMarkup(
        <div data-chunk={chunk.index}>
          <ChunkContent
            chunk={chunk}
            ctx={ctx}
            ranges={ranges.get(chunk.index) ?? []}
            highlights={hits?.byChunk.get(chunk.index) ?? []}
            current={options.current ?? -1}
            selected={options.selected ?? null}
          />
        </div>,
      ),
    )
    .join('');
  const dom = parseDocument(html);
  const all = (predicate: (e: Element) => boolean) => DomUtils.findAll(predicate, dom.children);
  return { html, dom, all, layout };
}

/**
 * The invariant selection mapping rests on: every piece is one element with data-start holding exactly
 * one text node, whose text is the document text at that offset; a block's pieces tile the block.
 */
function expectPiecesMapToText(model: Doc, all: (predicate: (e: Element) => boolean) => Element[]): void {
  const pieces = all((e) => e.attribs['data-start'] !== undefined);
  expect(pieces.length).toBeGreaterThan(0);
  for (const piece of pieces) {
    expect(piece.children).toHaveLength(1);
    expect(piece.children[0]?.type).toBe('text');
    const start = Number(piece.attribs['data-start']);
    const text = DomUtils.textContent(piece);
    expect(text).toBe(model.text.slice(start, start + text.length));
  }
  for (const blockElement of all((e) => e.attribs['data-block'] !== undefined)) {
    const block = model.blocks.find((b) => b.id === blockElement.attribs['data-block']);
    expect(block).toBeDefined();
    if (!block) continue;
    const own = DomUtils.findAll((e) => e.attribs['data-start'] !== undefined, blockElement.children).filter(
      // Pieces of a nested list belong to their own items.
      (piece) => DomUtils.findAll((e) => e.attribs['data-block'] !== undefined, blockElement.children).every((inner) => !DomUtils.findAll((e) => e === piece, inner.children).length),
    );
    expect(own.map((piece) => DomUtils.textContent(piece)).join('')).toBe(model.text.slice(block.start, block.end));
  }
}

const structured = doc([
  ['paragraph', 'Slutrapport 2024', { page: '1', running: 'header' }],
  ['heading', 'Sammanfattning', { page: '1', level: 1 }],
  ['paragraph', 'Projektet har stärkt samverkan i Nässjö.', { page: '1' }],
  ['heading', 'Resultat', { page: '1', level: 2 }],
  ['listItem', 'Behovsinventering', { page: '1', list: { depth: 0, ordered: true } }],
  ['listItem', 'i sex kommuner', { page: '1', list: { depth: 1, ordered: false } }],
  ['listItem', 'Planering', { page: '1', list: { depth: 0, ordered: true } }],
  ['tableCell', 'Kommun', { page: '2', cell: { table: 0, row: 0, column: 0, header: true } }],
  ['tableCell', 'Deltagare', { page: '2', cell: { table: 0, row: 0, column: 1, header: true } }],
  ['tableCell', 'Nässjö', { page: '2', cell: { table: 0, row: 1, column: 0, header: false } }],
  ['tableCell', '61', { page: '2', cell: { table: 0, row: 1, column: 1, header: false } }],
  ['textBox', 'Projektet i korthet: sex kommuner.', { page: '2' }],
  ['heading', 'Djup rubrik', { page: '2', level: 6 }],
  ['paragraph', '<script>alert("x")</script> & <b>inte fet</b>', { page: '2' }],
  ['note', 'Enligt intervjuer.', { page: '2', note: { kind: 'footnote', label: '1', author: null } }],
  ['comment', 'Stämmer siffran?', { page: '2', note: { kind: 'comment', label: '1', author: 'Amira Saleh' } }],
]);

describe('ChunkContent', () => {
  it('renders structure as real elements: headings h2–h6, nested lists, tables with th, an aside, notes and comments', () => {
    const { all } = render(structured);
    const names = (tag: string) => all((e) => e.name === tag).map((e) => DomUtils.textContent(e));
    expect(names('h2')).toEqual(['Sammanfattning']);
    expect(names('h3')).toEqual(['Resultat']);
    expect(names('h6')).toEqual(['Djup rubrik']);
    const ol = all((e) => e.name === 'ol');
    expect(ol).toHaveLength(1);
    expect(DomUtils.findAll((e) => e.name === 'ul', ol[0]?.children ?? [])).toHaveLength(1);
    expect(names('th')).toEqual(['Kommun', 'Deltagare']);
    expect(names('td')).toEqual(['Nässjö', '61']);
    expect(all((e) => e.name === 'thead')).toHaveLength(1);
    expect(names('aside')).toEqual(['Projektet i korthet: sex kommuner.']);
    expect(all((e) => e.attribs.class === 'doc-note').map((e) => DomUtils.textContent(e))).toEqual(['1s. 2 Enligt intervjuer.']);
    expect(all((e) => e.attribs.class === 'doc-comment').map((e) => DomUtils.textContent(e))).toEqual(['Kommentar av Amira Saleh · s. 2Stämmer siffran?']);
  });

  it('maps every piece to its offsets in every kind of block, running text included', () => {
    expectPiecesMapToText(structured, render(structured).all);
    expectPiecesMapToText(structured, render(structured, { showRunning: true }).all);
  });

  it('shows running text only when asked, marked as such', () => {
    expect(render(structured).html).not.toContain('Slutrapport 2024');
    const shown = render(structured, { showRunning: true });
    expect(shown.all((e) => e.attribs.class === 'doc-running doc-running-header').map((e) => DomUtils.textContent(e))).toEqual(['SidhuvudSlutrapport 2024']);
  });

  it('renders imported text as text, never as HTML', () => {
    const { all, html } = render(structured);
    expect(all((e) => e.name === 'script' || e.name === 'b')).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
  });

  it('lays find matches over coded segments: both marks, the current match set apart', () => {
    const start = structured.text.indexOf('samverkan i Nässjö');
    const coded = segment('s1', start, start + 'samverkan i Nässjö'.length, ['c1']);
    const code = { id: 'c1', colour: '#4a8f5a', labelSv: 'Nya samverkansparter', labelEn: '' } as Code;
    const { all } = render(structured, { segments: [coded], codes: [code], query: 'nassjo', current: 1 });
    const marks = all((e) => e.name === 'mark');
    const describe = (e: Element) => [e.attribs.class, DomUtils.textContent(e), e.attribs['data-hit'] ?? null];
    expect(marks.map(describe)).toEqual([
      ['coded', 'samverkan i ', null],
      ['coded find-hit', 'Nässjö', '0'],
      ['find-hit find-current', 'Nässjö', '1'],
    ]);
    expect(marks[0]?.attribs.title).toBe('Nya samverkansparter');
    expect(marks[0]?.attribs['data-seg']).toBe('s1');
    expectPiecesMapToText(structured, all);
  });

  it('paints overlapping segments with one underline each, both ids, and the selected one set apart', () => {
    const outer = structured.text.indexOf('Projektet har stärkt');
    const inner = structured.text.indexOf('samverkan i Nässjö');
    const a = segment('s1', outer, structured.text.indexOf('.', outer), ['c1']);
    const b = segment('s2', inner, inner + 'samverkan'.length, ['c2', 'c1']);
    const codes = [{ id: 'c1', colour: '#4a8f5a', labelSv: 'Samverkan' } as Code, { id: 'c2', colour: '#aa3377', labelSv: 'Lärande' } as Code];
    const { all } = render(structured, { segments: [a, b], codes, selected: 's2' });
    const marks = all((e) => e.name === 'mark');
    expect(marks.map((e) => [DomUtils.textContent(e), e.attribs['data-seg'], e.attribs.class])).toEqual([
      ['Projektet har stärkt ', 's1', 'coded'],
      ['samverkan', 's1 s2', 'coded coded-overlap seg-selected'],
      [' i Nässjö', 's1', 'coded'],
    ]);
    const overlap = marks[1];
    expect(overlap?.attribs.title).toBe('Samverkan · Lärande, Samverkan');
    // Two bands of underline: the outer segment's colour at the baseline, the inner one's above it.
    expect(overlap?.attribs.style).toContain('inset 0 -2px 0 #4a8f5a, inset 0 -4px 0 #aa3377');
    // The margin for the bars is there (drawn once measured in the browser), hidden from assistive technology.
    expect(all((e) => e.attribs.class === 'seg-margin').map((e) => e.attribs['aria-hidden'])).toEqual(['true']);
    expectPiecesMapToText(structured, all);
  });

  it('continues an ordered list split over chunks with its number', () => {
    const list = doc(Array.from({ length: 6 }, (_, i) => ['listItem', `Punkt ${i + 1}`, { list: { depth: 0, ordered: true } }] as const));
    const layout = layoutDocument(list.blocks, { showRunning: false, chunkSize: 2, maxChunkSize: 4 });
    const html = layout.chunks.map((chunk) => renderToStaticMarkup(<ChunkContent chunk={chunk} ctx={context(list, layout)} ranges={[]} highlights={[]} current={-1} selected={null} />));
    expect(html[0]).toContain('<ol class="doc-list">');
    expect(html[1]).toContain('<ol class="doc-list" start="5">');
  });

  it('renders a page of a 1,000-page report and maps its pieces', () => {
    const report = longReport(1000);
    const layout = layoutDocument(report.blocks, { showRunning: false });
    const chunk = layout.chunks[777];
    expect(chunk?.pageMarker).toBe('778');
    if (!chunk) return;
    const html = renderToStaticMarkup(<ChunkContent chunk={chunk} ctx={context(report, layout)} ranges={[]} highlights={[]} current={-1} selected={null} />);
    const dom = parseDocument(html);
    expectPiecesMapToText(report, (predicate) => DomUtils.findAll(predicate, dom.children));
    expect(DomUtils.textContent(dom)).toContain('Sida 778, stycke 16');
  });
});
