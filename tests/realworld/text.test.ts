import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../shared/ingest/documents/text/importText';
import { detectFormat } from '../../shared/ingest/documents/detect/detectFormat';
import { buildCli, ROOT, runJson } from '../unit/cli/cliHarness';

// Real files from ../shared/corpus (see its SOURCES.md); skipped where the corpus is not beside the repo.
const CORPUS_TXT = path.resolve(ROOT, '..', 'shared', 'corpus', 'txt');
const TRANSCRIPT = path.join(CORPUS_TXT, 'qualcoder_transcript.txt');

describe.skipIf(!existsSync(CORPUS_TXT))('real-world text: QualCoder’s example transcript', () => {
  beforeAll(() => {
    buildCli();
  });

  it('imports the seven speaker turns as seven paragraphs, word for word', () => {
    const bytes = readFileSync(TRANSCRIPT);
    expect(detectFormat(bytes, 'qualcoder_transcript.txt')).toEqual({ format: 'txt', extension: 'txt', mislabelled: null });
    const document = importText(bytes, { fileName: 'qualcoder_transcript.txt' });
    expect(document.format).toBe('txt');
    expect(document.warnings).toEqual([]);
    const paragraphs = document.blocks.map((block) => document.text.slice(block.start, block.end));
    // Speaker tags start with "[", so none of the short turns is taken for a heading.
    expect(document.blocks.map((block) => block.kind)).toEqual(new Array(7).fill('paragraph'));
    expect(paragraphs.map((paragraph) => paragraph.slice(0, 5))).toEqual(['[id1]', '[id2]', '[id3]', '[id1]', '[id3]', '[id1]', '[id2]']);
    expect(paragraphs[0]).toBe(
      "[id1] hello, I like the course. It really helped me with understanding world's history and gave me an insight into how did people cope with the complexities of life in the past.",
    );
    expect(paragraphs[4]).toBe("[id3] yes, I am learning a lot as well. It's a good course overall");
    expect(paragraphs[6]).toBe('[id2] Hmm, I will ask the tutor for more help as I am really struggling.');
    expect(document.text).toContain('there was too much needed for the wrtitten assignments');
    // The file's own text, but its final line end: blank lines between turns are kept as they are.
    expect(document.text).toBe(bytes.toString('utf8').replace(/\n$/, ''));
  });

  it('reads through the command line', () => {
    const { status, entries } = runJson([TRANSCRIPT]);
    expect(status).toBe(0);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ file: TRANSCRIPT, format: 'txt', pageCount: null, error: null, warnings: [] });
    expect(entries[0]?.blocks).toHaveLength(7);
    expect(entries[0]?.characters).toBe(873);
    expect(entries[0]?.blocks[1]?.text).toBe('[id2] I am struggling with the lecture slides. I felt that they were too busy and I switched off.');
  });
});
