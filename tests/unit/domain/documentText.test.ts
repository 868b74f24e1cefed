import { describe, expect, it } from 'vitest';
import {
  IncompleteTextError,
  joinDocumentText,
  joinDocumentTexts,
  MAX_PIECE_BLOCKS,
  MAX_PIECE_CHARS,
  splitDocumentText,
  splitTextRuns,
  type Block,
  type DocumentText,
} from '../../../shared/domain';

function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    blocks.push({ id: `b${blocks.length}`, kind: 'paragraph', level: null, page: null, start, end: start + line.length });
    start += line.length + 1;
  }
  return blocks;
}

function record(text: string): DocumentText {
  return { documentId: 'doc-1', evaluationId: 'eval-1', text, blocks: paragraphs(text) };
}

describe('a document text in pieces', () => {
  it('keeps every piece at most 4 MB of text and 10,000 blocks by default', () => {
    expect(MAX_PIECE_CHARS * 2).toBeLessThanOrEqual(4 * 1024 * 1024);
    const long = 'Rad med text om projektet.\n'.repeat(Math.ceil((MAX_PIECE_CHARS * 2.5) / 27));
    const pieces = splitDocumentText(record(long));
    const blockCount = record(long).blocks.length;
    expect(blockCount).toBeGreaterThan(MAX_PIECE_BLOCKS);
    expect(pieces.filter((p) => p.text.length > 0)).toHaveLength(3);
    expect(pieces.length).toBe(Math.max(3, Math.ceil(blockCount / MAX_PIECE_BLOCKS)));
    expect(pieces.map((p) => p.index)).toEqual(pieces.map((_, i) => i));
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
      expect(piece.blocks.length).toBeLessThanOrEqual(MAX_PIECE_BLOCKS);
    }
    expect(joinDocumentText(pieces)).toEqual(record(long));
  });

  it('is one piece for a short text and one empty piece for an empty text', () => {
    expect(splitDocumentText(record('Kort.'))).toEqual([{ ...record('Kort.'), index: 0 }]);
    const empty = { documentId: 'd', evaluationId: 'e', text: '', blocks: [] };
    expect(splitDocumentText(empty)).toEqual([{ ...empty, index: 0 }]);
    expect(joinDocumentText(splitDocumentText(empty))).toEqual(empty);
  });

  it('never cuts a surrogate pair, and join(split(x)) is x for any limit', () => {
    const text = 'a😀b😀😀c\n𝔸𝔹ℂ\nåäö😀';
    for (let chars = 2; chars <= text.length + 1; chars++) {
      const runs = splitTextRuns(text, chars);
      expect(runs.join(''), `limit ${chars}`).toBe(text);
      for (const run of runs) {
        expect(run.length).toBeLessThanOrEqual(chars);
        expect(run.length).toBeGreaterThan(0);
        expect(/^[\uDC00-\uDFFF]/.test(run), `limit ${chars}: ${JSON.stringify(run)}`).toBe(false);
        expect(/[\uD800-\uDBFF]$/.test(run), `limit ${chars}: ${JSON.stringify(run)}`).toBe(false);
      }
      for (let blocks = 1; blocks <= 4; blocks++) {
        const pieces = splitDocumentText(record(text), { chars, blocks });
        expect(joinDocumentText(pieces)).toEqual(record(text));
      }
    }
  });

  it('keeps the blocks’ offsets into the whole text, whichever piece holds them', () => {
    const whole = record('Första stycket.\nAndra stycket är längre.\nTredje.\nFjärde och sista stycket.');
    const pieces = splitDocumentText(whole, { chars: 10, blocks: 1 });
    const joined = joinDocumentText([...pieces].reverse());
    expect(joined).toEqual(whole);
    for (const block of joined?.blocks ?? []) expect(joined?.text.slice(block.start, block.end)).toBe(whole.text.slice(block.start, block.end));
    expect(pieces.flatMap((p) => p.blocks).map((b) => b.start)).toEqual(whole.blocks.map((b) => b.start));
  });

  it('more blocks than text runs: the extra pieces carry blocks and no text', () => {
    const whole = record('a\nb\nc\nd');
    const pieces = splitDocumentText(whole, { chars: 100, blocks: 1 });
    expect(pieces.map((p) => [p.text, p.blocks.length])).toEqual([
      ['a\nb\nc\nd', 1],
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
    expect(joinDocumentText(pieces)).toEqual(whole);
  });

  it('refuses a text with a missing piece or a piece of another document, and gives null without pieces', () => {
    const pieces = splitDocumentText(record('abcdefghij'), { chars: 3, blocks: 10 });
    expect(() => joinDocumentText(pieces.filter((p) => p.index !== 1))).toThrow(IncompleteTextError);
    expect(() => joinDocumentText([...pieces.slice(0, 2), { ...pieces[2]!, documentId: 'other' }])).toThrow(IncompleteTextError);
    expect(joinDocumentText([])).toBeNull();
  });

  it('joins the pieces of many documents, each whole', () => {
    const a = record('Ett dokument.\nMed två stycken.');
    const b = { ...record('Ett annat.'), documentId: 'doc-2' };
    const mixed = [...splitDocumentText(a, { chars: 4, blocks: 1 }), ...splitDocumentText(b, { chars: 4, blocks: 1 })].sort((x, y) => x.index - y.index);
    expect(joinDocumentTexts(mixed)).toEqual([a, b]);
  });

  it('refuses limits that could not hold a surrogate pair or a block', () => {
    expect(() => splitTextRuns('abc', 1)).toThrow(RangeError);
    expect(() => splitDocumentText(record('abc'), { chars: 2, blocks: 0 })).toThrow(RangeError);
  });
});
