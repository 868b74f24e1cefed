import { describe, expect, it } from 'vitest';
import { importPlainText, normaliseText, paragraphBlocks, PlainTextImportError, type PlainTextProblem } from '../../support/plainText';
import { seededRandom } from '../../support/random';

const encoder = new TextEncoder();

function problemOf(bytes: Uint8Array): { problem: PlainTextProblem; byteOffset: number | null } {
  try {
    importPlainText(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PlainTextImportError);
    const { problem, byteOffset } = error as PlainTextImportError;
    return { problem, byteOffset };
  }
  throw new Error('importPlainText accepted the bytes');
}

function slices(text: string): string[] {
  return paragraphBlocks(text).map((block) => text.slice(block.start, block.end));
}

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normaliseText('a\r\r\nb')).toBe('a\n\nb');
    expect(normaliseText('\r\n\r\n')).toBe('\n\n');
  });

  it('composes to NFC: a + ring above becomes å', () => {
    expect(normaliseText('a\u030a')).toBe('å');
    expect(normaliseText('a\u030a')).toHaveLength(1);
    expect(normaliseText('Ha\u0308llbarhet och O\u0308rebro')).toBe('Hällbarhet och Örebro');
  });

  it('leaves already normalised text unchanged', () => {
    const text = 'Smart upphandling på Höglandet 👍🏽\nRad två';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('paragraphBlocks', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'Första raden\nandra raden\n\nNytt stycke\n\n\n\nSista';
    expect(slices(text)).toEqual(['Första raden\nandra raden', 'Nytt stycke', 'Sista']);
  });

  it('treats lines with only spaces or tabs as blank', () => {
    const text = 'Ett\n   \nTvå\n\t\nTre\n \t \nFyra';
    expect(slices(text)).toEqual(['Ett', 'Två', 'Tre', 'Fyra']);
  });

  it('trims white space around paragraphs, with offsets that point at the trimmed text', () => {
    const text = '\n\n   Indraget stycke.  \n\n\tMed tabb\t\n';
    const blocks = paragraphBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Indraget stycke.', 'Med tabb']);
    expect(blocks[0]).toEqual({ id: 'b1', kind: 'paragraph', level: null, page: null, start: 5, end: 21 });
    expect(blocks[1]?.id).toBe('b2');
  });

  it('gives no blocks for empty or white-space-only text', () => {
    expect(paragraphBlocks('')).toEqual([]);
    expect(paragraphBlocks('  \n\t\n \n')).toEqual([]);
  });

  it('counts offsets in UTF-16 code units with emoji and combining characters', () => {
    const text = '👍🏽 Bra!\n\nå och a\u030a\n\n🇸🇪';
    const blocks = paragraphBlocks(text);
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 9],
      [11, 19],
      [21, 25],
    ]);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['👍🏽 Bra!', 'å och a\u030a', '🇸🇪']);
  });

  it('tiles random documents into exactly their paragraphs (500 random cases)', () => {
    const random = seededRandom(90210);
    const words = ['projekt', 'Höglandet', 'åäö', 'ÅÄÖ', 'a\u030a', 'o\u0308', '👍🏽', '🇸🇪', '漢字', '1 250 000', 'e\u0301', 'x', '–', '”citat”'];
    const pads = ['', ' ', '  ', '\t', ' \t'];
    const separators = ['\n\n', '\n\n\n', '\n \n', '\n\t\n', '\n  \t  \n', '\n\n \n\n'];
    for (let round = 0; round < 500; round++) {
      const paragraphs: string[] = [];
      const count = random.int(1, 6);
      for (let p = 0; p < count; p++) {
        const lines: string[] = [];
        const lineCount = random.int(1, 3);
        for (let l = 0; l < lineCount; l++) {
          const wordCount = random.int(1, 5);
          lines.push(Array.from({ length: wordCount }, () => random.pick(words)).join(random.pick([' ', '  ', '\t'])));
        }
        paragraphs.push(lines.join(`${random.pick(['', ' '])}\n${random.pick(['', ' '])}`));
      }
      let text = random.pick(['', '\n', '\n\n', '  \n']);
      paragraphs.forEach((paragraph, index) => {
        if (index > 0) text += random.pick(separators);
        text += random.pick(pads) + paragraph + random.pick(pads);
      });
      text += random.pick(['', '\n', '\n\n', '\n  ']);
      const blocks = paragraphBlocks(text);
      expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(paragraphs.map((p) => p.trim()));
      blocks.forEach((block, index) => {
        expect(block.id).toBe(`b${index + 1}`);
        expect(block.start).toBeLessThan(block.end);
        if (index > 0) expect(block.start).toBeGreaterThan((blocks[index - 1] as { end: number }).end);
      });
    }
  });
});

describe('importPlainText', () => {
  it('decodes, normalises and splits a Windows-style UTF-8 report with a BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode('Delrapport 1\r\n\r\nVi har na\u030att ma\u030alen.\r\nRad tva\u030a.\r\n')]);
    const model = importPlainText(bytes);
    expect(model.text).toBe('Delrapport 1\n\nVi har nått målen.\nRad två.\n');
    expect(model.text.includes('\r')).toBe(false);
    expect(model.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual(['Delrapport 1', 'Vi har nått målen.\nRad två.']);
  });

  it('keeps offsets valid in the normalised text when NFC shortens it', () => {
    const model = importPlainText(encoder.encode('a\u030a a\u030a a\u030a\n\nSlut 👍'));
    expect(model.text).toBe('å å å\n\nSlut 👍');
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual(['å å å', 'Slut 👍']);
  });

  it('handles old Mac CR-only line ends as paragraph breaks', () => {
    const model = importPlainText(encoder.encode('Ett\r\rTvå\rmed rad'));
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual(['Ett', 'Två\nmed rad']);
  });

  it("rejects an empty file as 'empty'", () => {
    expect(problemOf(new Uint8Array())).toEqual({ problem: 'empty', byteOffset: null });
  });

  it("rejects a file of only white space or only a BOM as 'empty'", () => {
    expect(problemOf(encoder.encode('   \r\n\t\n  ')).problem).toBe('empty');
    expect(problemOf(Uint8Array.from([0xef, 0xbb, 0xbf])).problem).toBe('empty');
    expect(problemOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])).problem).toBe('empty');
  });

  it("rejects a NUL byte as 'binary' at its offset", () => {
    expect(problemOf(Uint8Array.from([0x48, 0x65, 0x00, 0x6a]))).toEqual({ problem: 'binary', byteOffset: 2 });
    // A UTF-16LE file ("Hej") is binary to a UTF-8 importer.
    expect(problemOf(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x65, 0x00, 0x6a, 0x00])).problem).toBe('binary');
    // A PNG header.
    expect(problemOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])).problem).toBe('binary');
  });

  it("rejects Latin-1 bytes as 'notUtf8' with the byte offset", () => {
    // "Smart upphandling på Höglandet" saved as ISO 8859-1: å = E5, ö = F6.
    const latin1 = Uint8Array.from(Array.from('Smart upphandling på Höglandet', (ch) => ch.charCodeAt(0)));
    const { problem, byteOffset } = problemOf(latin1);
    expect(problem).toBe('notUtf8');
    expect(byteOffset).not.toBeNull();
    expect(byteOffset).toBeGreaterThanOrEqual(19);
    expect(byteOffset).toBeLessThanOrEqual(20);
    expect(problemOf(Uint8Array.from([0xe5]))).toEqual({ problem: 'notUtf8', byteOffset: 0 });
  });

  it('names the problem in the error message', () => {
    try {
      importPlainText(Uint8Array.from([0x41, 0x00]));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).name).toBe('PlainTextImportError');
      expect((error as Error).message).toContain('binary');
      expect((error as Error).message).toContain('byte 1');
    }
  });
});
