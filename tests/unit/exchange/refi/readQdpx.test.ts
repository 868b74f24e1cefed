// readQdpx on small projects written here: positions (emoji, combining marks, CRLF, a byte order mark),
// entry names in any case and absolute paths, coders, memos, cases and variables, and what is reported.
import { describe, expect, it } from 'vitest';
import { countLines, readQdpx, reportLines, type ReadQdpxResult } from '../../../../shared/exchange/refi';
import { en, sv, translate } from '../../../../shared/i18n';
import { readEvaluationFile, webSha256, writeEvaluationFile } from '../../../../shared/exchange/evaluationFile';
import { CODE_1, CODE_2, projectQdeText, qdpxBytes, readOptions, selection, textSource, USER_A, USER_B } from '../../../support/refiProjects';

const S1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const S2 = 'aaaaaaaa-0000-4000-8000-000000000002';
const sel = (n: number) => `5e1ec700-0000-4000-8000-0000000000${n.toString().padStart(2, '0')}`;

async function imported(entries: Record<string, string | Uint8Array>): Promise<Extract<ReadQdpxResult, { ok: true }>> {
  const result = await readQdpx(qdpxBytes(entries), readOptions());
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

const quotes = (result: Extract<ReadQdpxResult, { ok: true }>) => (result.snapshot.tables.segments ?? []).map((s) => (s.quote as { exact: string }).exact);
const lost = (result: Extract<ReadQdpxResult, { ok: true }>) => Object.fromEntries(result.report.lost.map((item) => [item.kind, item.count]));

describe('readQdpx: positions are code points of the file’s text (§10.2), mapped to Spårbar’s text', () => {
  // Code points: H0 e1 j2 ␠3 😀4 ␠5 d6 ä7 r8 \r9 \n10 C11 a12 f13 e14 ◌́15 ␠16 s17 l18 u19 t20 (21 in all, 22 UTF-16 units).
  const text = 'Hej 😀 där\r\nCafe\u0301 slut';
  const selections = [selection(sel(1), 0, 3), selection(sel(2), 4, 5), selection(sel(3), 6, 9), selection(sel(4), 11, 16), selection(sel(5), 6, 15), selection(sel(6), 17, 21)].join('');
  const entries = { 'project.qde': projectQdeText(`<Sources>${textSource(S1, 'Intervju', 'internal://one.txt', selections)}</Sources>`), 'sources/one.txt': text };

  it('places every selection on its text: the emoji one position, CRLF two, a combining mark its own (a selection ending before it keeps the whole é)', async () => {
    const result = await imported(entries);
    expect(quotes(result)).toEqual(['Hej', '😀', 'där', 'Café', 'där\nCafé', 'slut']);
    const [documentText] = result.snapshot.tables.documentTexts ?? [];
    expect(documentText?.text).toBe('Hej 😀 där\nCafé slut');
    expect(result.report.notices).toEqual([]);
  });

  it('counts positions after a UTF-8 byte order mark, which is no text', async () => {
    const result = await imported({ ...entries, 'sources/one.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]) });
    expect(quotes(result)).toEqual(['Hej', '😀', 'där', 'Café', 'där\nCafé', 'slut']);
  });

  it('reads a project that counts UTF-16 units (NVivo) as such, and says so', async () => {
    // Five emoji before the words: in UTF-16 units every word starts five units later than in code points.
    const nvivo = '😀😀😀😀😀 ett två tre fyra fem';
    const at = (word: string) => nvivo.indexOf(word);
    const words = ['ett', 'två', 'tre', 'fyra'].map((word, i) => selection(sel(10 + i), at(word), at(word) + word.length)).join('');
    const result = await imported({ 'project.qde': projectQdeText(`<Sources>${textSource(S1, 'NVivo-källa', 'internal://n.txt', words)}</Sources>`), 'sources/n.txt': nvivo });
    expect(quotes(result)).toEqual(['ett', 'två', 'tre', 'fyra']);
    expect(result.report.notices).toEqual([{ kind: 'positionsInUtf16', count: 4, names: ['NVivo-källa'] }]);
  });

  it('reports a selection out of range, an empty one and one whose text differs, and places none of them', async () => {
    const bad = [selection(sel(20), 17, 40), selection(sel(21), 3, 3), selection(sel(22), 0, 3, undefined, '', 'Hoj'), selection(sel(23), 0, 3, undefined, '', 'Hej')].join('');
    const result = await imported({ 'project.qde': projectQdeText(`<Sources>${textSource(S1, 'Intervju', 'internal://one.txt', bad)}</Sources>`), 'sources/one.txt': text });
    expect(quotes(result)).toEqual(['Hej']);
    expect(lost(result)).toEqual({ selectionsOutOfRange: 1, emptySelections: 1, selectionsMismatched: 1 });
    expect(result.report.lost.find((item) => item.kind === 'selectionsMismatched')?.names).toEqual(['Intervju']);
  });
});

describe('readQdpx: the archive and its paths', () => {
  it('matches entry names in any case and finds an absolute path’s file under sources/', async () => {
    const sources = [textSource(S1, 'Ett', 'internal://One.TXT', selection(sel(1), 0, 3)), textSource(S2, 'Två', 'absolute:///C:/Users/eva/Desktop/two.txt', selection(sel(2), 0, 3))].join('');
    const result = await imported({ 'Project.QDE': projectQdeText(`<Sources>${sources}</Sources>`), 'Sources/one.txt': 'Ett dokument', 'SOURCES/TWO.txt': 'Två dokument' });
    expect(result.counts.sources).toBe(2);
    expect(quotes(result)).toEqual(['Ett', 'Två']);
    expect((result.snapshot.tables.documents ?? []).map((d) => [d.title, d.fileName, d.format])).toEqual([['Ett', 'one.txt', 'txt'], ['Två', 'TWO.txt', 'txt']]);
  });

  it('takes a PDF’s text representation and reports its areas, a picture, audio, video with its transcript, links, sets, graphs and unknown elements', async () => {
    const body = `<Sources>
      <PDFSource guid="${S1}" name="Rapport.pdf" path="internal://r.pdf">
        <PDFSelection guid="${sel(1)}" name="yta" page="0" firstX="1" firstY="1" secondX="9" secondY="9"/>
        <Representation guid="${S2}" plainTextPath="internal://r.txt">${selection(sel(2), 0, 7)}</Representation>
      </PDFSource>
      <PictureSource guid="${sel(3)}" name="foto.jpg" path="internal://foto.jpg"><PictureSelection guid="${sel(4)}" firstX="1" firstY="1" secondX="2" secondY="2"/></PictureSource>
      <AudioSource guid="${sel(5)}" name="intervju.m4a" path="relative:///intervju.m4a"/>
      <VideoSource guid="${sel(7)}" name="film.mp4"><Transcript guid="${sel(8)}"><TranscriptSelection guid="${sel(9)}" fromSyncPoint="${sel(8)}" toSyncPoint="${sel(8)}"/></Transcript><VideoSelection guid="${sel(10)}" begin="0" end="9"/></VideoSource>
    </Sources>
    <Links><Link guid="${sel(14)}" name="leder till"/></Links>
    <Sets><Set guid="${sel(6)}" name="Kvinnor"/></Sets>
    <Graphs><Graph guid="${sel(15)}" name="Nätverk"/></Graphs>
    <Tillägg från="ett annat program"/>`;
    const result = await imported({ 'project.qde': projectQdeText(body), 'sources/r.txt': 'Resultat och effekter' });
    expect(quotes(result)).toEqual(['Resulta']);
    expect((result.snapshot.tables.documents ?? []).map((d) => d.title)).toEqual(['Rapport.pdf']);
    expect(lost(result)).toEqual({ pdfRegionSelections: 1, pictureSources: 1, pictureSelections: 1, audioSources: 1, videoSources: 1, transcripts: 1, transcriptSelections: 1, mediaSelections: 1, links: 1, sets: 1, graphs: 1, unknownElements: 1 });
    expect(result.report.lost.find((item) => item.kind === 'pictureSources')?.names).toEqual(['foto.jpg']);
    expect(result.report.lost.find((item) => item.kind === 'unknownElements')?.names).toEqual(['Tillägg']);
    expect(result.report.notices).toEqual([{ kind: 'pdfAsText', count: 1, names: ['Rapport.pdf'] }]);
  });

  it('reports a text source whose file is missing, with its selections', async () => {
    const result = await imported({ 'project.qde': projectQdeText(`<Sources>${textSource(S1, 'Borta', 'internal://gone.txt', selection(sel(1), 0, 3) + selection(sel(2), 1, 2))}</Sources>`) });
    expect(result.counts.sources).toBe(0);
    expect(lost(result)).toEqual({ missingSourceText: 1, selectionsWithoutText: 2 });
  });
});

describe('readQdpx: codes, coders, memos, cases', () => {
  const body = `<Variables>
      <Variable guid="${sel(30)}" name="Kommun" typeOfVariable="Text"/>
      <Variable guid="${sel(31)}" name="Budget" typeOfVariable="Integer"/>
      <Variable guid="${sel(32)}" name="Oanvänd" typeOfVariable="Text"/>
    </Variables>
    <Cases>
      <Case guid="${sel(40)}" name="Projekt Norr">
        <VariableValue><VariableRef targetGUID="${sel(30)}"/><TextValue>Luleå</TextValue></VariableValue>
        <VariableValue><VariableRef targetGUID="${sel(31)}"/><IntegerValue>1200000</IntegerValue></VariableValue>
        <SourceRef targetGUID="${S1}"/>
      </Case>
    </Cases>
    <Sources>${textSource(S1, 'Intervju', 'internal://one.txt', selection(sel(1), 0, 9, [[CODE_1, USER_A], [CODE_2, USER_B]], `<Description>Viktigt citat</Description><NoteRef targetGUID="${sel(50)}"/>`))}</Sources>
    <Notes>
      <Note guid="${sel(50)}" name="Minne"><PlainTextContent>Följ upp med kommunen.</PlainTextContent></Note>
      <Note guid="${sel(51)}" name="Forskningsplan"><PlainTextContent>Plan.</PlainTextContent></Note>
    </Notes>`;
  const entries = { 'project.qde': projectQdeText(body), 'sources/one.txt': 'Samverkan mellan kommuner' };

  it('makes a new evaluation titled by the project, with the codes’ tree and colours', async () => {
    const result = await imported(entries);
    const [evaluation] = result.snapshot.tables.evaluations ?? [];
    expect(evaluation?.title).toBe('Intervjustudie');
    expect(evaluation?.evaluators).toEqual(['Anna', 'Bo']);
    const codes = result.snapshot.tables.codes ?? [];
    expect(codes.map((c) => [c.labelSv, c.colour])).toEqual([['Samverkan', '#aa0000'], ['Kommuner', '#aa0000']]);
    expect(codes[1]?.parentId).toBe(codes[0]?.id);
    // Fresh ids: none of the file's GUIDs is kept.
    const ids = Object.values(result.snapshot.tables).flatMap((records) => records.map((r) => r.id).filter((id) => typeof id === 'string'));
    expect(ids.every((id) => String(id).startsWith('id-'))).toBe(true);
  });

  it('makes one passage per coder, with the coder’s name, the coding’s time and the memo from description and note', async () => {
    const result = await imported(entries);
    const segments = result.snapshot.tables.segments ?? [];
    const codes = result.snapshot.tables.codes ?? [];
    expect(segments.map((s) => [s.coder, s.codeIds, s.memo, s.createdAt])).toEqual([
      ['Anna', [codes[0]?.id], 'Viktigt citat\n\nFölj upp med kommunen.', '2025-03-02T10:00:00.000Z'],
      ['Bo', [codes[1]?.id], 'Viktigt citat\n\nFölj upp med kommunen.', '2025-03-02T10:00:00.000Z'],
    ]);
    expect(result.counts).toMatchObject({ sources: 1, codes: 2, passages: 2, selections: 1, codings: 2, cases: 1, variables: 2, coders: 2, memos: 1 });
  });

  it('makes cases projects with the variables as register fields, and links their sources', async () => {
    const result = await imported(entries);
    const [project] = result.snapshot.tables.projects ?? [];
    expect(project?.name).toBe('Projekt Norr');
    // Named like register fields, they fill them (as a register's columns would); what is not, an own attribute.
    expect(project).toMatchObject({ municipalities: ['Luleå'], budgetSek: 1_200_000, attributes: [] });
    expect(result.snapshot.tables.documents?.[0]?.projectId).toBe(project?.id);
    expect((result.snapshot.tables.segments ?? []).every((s) => s.projectId === project?.id)).toBe(true);
    expect(lost(result)).toEqual({ variablesUnused: 1, projectNotes: 1 });
  });

  it('gives a snapshot that an evaluation file takes and gives back whole', async () => {
    const result = await imported(entries);
    const sha256 = webSha256(globalThis.crypto.subtle);
    const file = await writeEvaluationFile(result.snapshot, { appVersion: 'test', now: '2026-12-07T10:00:00.000Z', sha256 });
    const back = await readEvaluationFile(file, { sha256 });
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.snapshot.tables.segments).toHaveLength(2);
  });
});

describe('readQdpx: the report in words', () => {
  it('words every loss and notice with some names, and passes on what the codebook reader noticed', async () => {
    const qde = projectQdeText(`<Sources><PictureSource guid="${S1}" name="karta.png"/></Sources>`).replace('name="Kommuner" isCodable="true"', 'name="Kommuner" isCodable="false"');
    const result = await imported({ 'project.qde': qde });
    expect(result.report.codebook).toEqual(['notCodable']);
    const lines = reportLines(result.report, (key, values) => translate(sv, key, values));
    expect(lines.lost).toEqual(['1 bild kom inte med: Spårbar kodar text, inte bilder. Det gäller: karta.png']);
    expect(lines.notices).toEqual(['Några koder var bara mappar i det andra programmet. Här blir de vanliga koder som går att koda med.']);
    expect(countLines(result.counts, (key, values) => translate(en, key, values))).toEqual(['0 documents', '2 codes', '0 coded passages', '0 projects (cases)', '0 register fields (variables)', '0 coders', '0 memos']);
  });
});
