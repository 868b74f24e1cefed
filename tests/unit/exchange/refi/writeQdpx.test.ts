import { describe, expect, it } from 'vitest';
import { readQdcBytes, writeQdpx } from '../../../../shared/exchange/refi';
import type { Code } from '../../../../shared/domain/code';
import { LATEST_VERSION } from '../../../../shared/migrations';
import { demoEvaluationSnapshot } from '../../../support/evaluationFileFixtures';
import { elementsNamed, readQdpxForTest, type XmlElement } from '../../../support/qdpxProject';
import { documentRecord, evaluationRecord, miniSnapshot, projectRecord, segmentAt, someCodes } from './qdpxFixtures';

const OPTIONS = { language: 'sv' as const, origin: 'Spårbar 0.1.0', now: '2026-04-01T10:00:00.000Z' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const child = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

describe('writeQdpx', () => {
  it('gives the same bytes for the same evaluation, whatever the order of its records; only the time changes them', () => {
    const snapshot = demoEvaluationSnapshot();
    const once = writeQdpx(snapshot, OPTIONS);
    const reversed = { ...snapshot, tables: Object.fromEntries(Object.entries(snapshot.tables).map(([table, records]) => [table, [...records].reverse()])) };
    expect(writeQdpx(reversed, OPTIONS)).toEqual(once);
    const later = readQdpxForTest(writeQdpx(snapshot, { ...OPTIONS, now: '2026-05-01T10:00:00.000Z' }));
    expect(later.xml).toBe(readQdpxForTest(once).xml.replace('modifiedDateTime="2026-04-01T10:00:00.000Z"', 'modifiedDateTime="2026-05-01T10:00:00.000Z"'));
  });

  it('keeps ids that are UUIDs as GUIDs and gives other ids stable GUIDs, every GUID unique', () => {
    const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const text = 'Ett två tre';
    const read = readQdpxForTest(writeQdpx(miniSnapshot({ documents: [{ record: documentRecord(uuid), text }, { record: documentRecord('doc-2'), text }] }), OPTIONS));
    const guids = elementsNamed(read.project, 'TextSource').map((s) => s.attributes.guid);
    expect(guids).toContain(uuid);
    for (const guid of guids) expect(guid).toMatch(GUID);
    const all = [...read.xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes the demo: its coders as users, its codebook nested, each passage with a coding per code and its memo as a note', () => {
    const snapshot = demoEvaluationSnapshot();
    const read = readQdpxForTest(writeQdpx(snapshot, OPTIONS));
    const segments = snapshot.tables.segments ?? [];
    const coders = new Set([...segments.map((s) => s.coder as string), ...((snapshot.tables.evaluations?.[0]?.evaluators as string[]) ?? [])].filter((c) => c.trim() !== ''));
    const users = elementsNamed(read.project, 'User');
    expect(users.map((u) => u.attributes.name).sort()).toEqual([...coders].sort());
    const userGuids = new Set(users.map((u) => u.attributes.guid));
    for (const coding of elementsNamed(read.project, 'Coding')) expect(userGuids.has(coding.attributes.creatingUser as string)).toBe(true);
    // Codes are nested as in the codebook; every CodeRef points at one of them.
    const [codebook] = elementsNamed(read.project, 'CodeBook');
    const topCodes = child(child(codebook!, 'Codes')[0]!, 'Code');
    expect(topCodes.length).toBeLessThan((snapshot.tables.codes ?? []).length);
    const codeGuids = new Set(elementsNamed(codebook!, 'Code').map((c) => c.attributes.guid));
    for (const ref of elementsNamed(read.project, 'CodeRef')) expect(codeGuids.has(ref.attributes.targetGUID as string)).toBe(true);
    // A note per memo, each referred to from its passage and holding the memo.
    const memos = segments.filter((s) => (s.memo as string).trim() !== '').map((s) => s.memo as string);
    expect(memos.length).toBeGreaterThan(0);
    const notes = elementsNamed(read.project, 'Note');
    expect(notes.map((n) => child(n, 'PlainTextContent')[0]?.text).sort()).toEqual([...memos].sort());
    const noteRefs = elementsNamed(read.project, 'PlainTextSelection').flatMap((s) => child(s, 'NoteRef').map((r) => r.attributes.targetGUID));
    expect(noteRefs.sort()).toEqual(notes.map((n) => n.attributes.guid).sort());
    for (const note of notes) expect(note.attributes.name).toMatch(/^Memo: /);
    // Each source's text under sources/ is the document's text, in UTF-8.
    const texts = new Map((snapshot.tables.documentTexts ?? []).map((t) => [t.text as string, true]));
    for (const source of elementsNamed(read.project, 'TextSource')) expect(texts.has(read.sourceText(source.attributes.plainTextPath!))).toBe(true);
    expect(Object.keys(read.entries).filter((name) => name.startsWith('sources/'))).toHaveLength((snapshot.tables.documents ?? []).length);
  });

  it("keeps the codebook whole for Spårbar's own codebook reader: ids, parents, order and both languages", () => {
    const snapshot = demoEvaluationSnapshot();
    const read = readQdcBytes(writeQdpx(snapshot, OPTIONS));
    if (!read.ok) throw new Error(read.error);
    expect(read.warnings).toEqual([]);
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const codes = byId((snapshot.tables.codes ?? []) as unknown as Code[]);
    expect(byId(read.codes).map((c) => [c.id, c.parentId, c.order, c.labelSv, c.labelEn, c.definitionEn])).toEqual(codes.map((c) => [c.id, c.parentId, c.order, c.labelSv, c.labelEn, c.definitionEn]));
  });

  it('writes a PDF as a PDFSource of its original bytes, its text the Representation that holds its passages', () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%fake pdf\n');
    const text = 'Sidan ett. Sidan två.';
    const codes = someCodes(1);
    const read = readQdpxForTest(
      writeQdpx(
        miniSnapshot({
          documents: [
            { record: documentRecord('pdf-1', { format: 'pdf', fileName: 'r.pdf', title: 'Rapport' }), text, original: pdf },
            { record: documentRecord('pdf-2', { format: 'pdf', fileName: 's.pdf', title: 'Utan original' }), text },
          ],
          codes,
          segments: [segmentAt('s1', 'pdf-1', text, 'Sidan två', { codeIds: [codes[0]!.id] })],
        }),
        OPTIONS,
      ),
    );
    const [pdfSource] = elementsNamed(read.project, 'PDFSource');
    expect(pdfSource!.attributes).toMatchObject({ name: 'Rapport', path: expect.stringMatching(/^internal:\/\/[0-9a-f-]{36}\.pdf$/) });
    expect(read.entries[`sources/${pdfSource!.attributes.path!.slice('internal://'.length)}`]).toEqual(pdf);
    const [representation] = child(pdfSource!, 'Representation');
    expect(read.sourceText(representation!.attributes.plainTextPath!)).toBe(text);
    const [selection] = child(representation!, 'PlainTextSelection');
    expect(selection!.attributes).toMatchObject({ startPosition: '11', endPosition: '20' });
    // A PDF whose original is not at hand is its text alone.
    expect(elementsNamed(read.project, 'TextSource').map((s) => s.attributes.name)).toEqual(['Utan original']);
  });

  it('writes projects as cases with the register as variables, their documents and the passages about them in programme documents', () => {
    const text = 'Programmet: Projekt A gick bra. Projekt B gick sämre.';
    const read = readQdpxForTest(
      writeQdpx(
        miniSnapshot({
          projects: [
            projectRecord('a', { name: 'Projekt A', level: 'lokal', startDate: '2024-02-29', budgetSek: 1_500_000, municipalities: ['Umeå', 'Vindeln'], attributes: [{ name: 'Finansiär', value: 'ERUF' }] }),
            projectRecord('b', { name: 'Projekt B', budgetSek: 250_000.75, attributes: [{ name: 'Finansiär', value: 'Regionen' }] }),
          ],
          documents: [
            { record: documentRecord('prog', { title: 'Programrapport' }), text },
            { record: documentRecord('rep-a', { projectId: 'a', title: 'Slutrapport A' }), text: 'A:s rapport.' },
          ],
          segments: [segmentAt('sa', 'prog', text, 'Projekt A gick bra', { projectId: 'a' }), segmentAt('sp', 'prog', text, 'Programmet', { projectId: null }), segmentAt('sra', 'rep-a', 'A:s rapport.', 'rapport', { projectId: 'a' })],
        }),
        { ...OPTIONS, language: 'en' },
      ),
    );
    const variables = new Map(elementsNamed(read.project, 'Variable').map((v) => [v.attributes.guid, v.attributes]));
    expect([...variables.values()].map((v) => `${v.name}:${v.typeOfVariable}`)).toEqual([
      'Project code:Text',
      'Project owner:Text',
      'Project manager:Text',
      'Participating municipalities:Text',
      'County or region:Text',
      'Level:Text',
      'Theme:Text',
      'Start date:Date',
      'End date:Date',
      'Granted budget (SEK):Float',
      'Finansiär:Text',
    ]);
    const cases = elementsNamed(read.project, 'Case');
    const valuesOf = (c: XmlElement) => Object.fromEntries(child(c, 'VariableValue').map((v) => [variables.get(child(v, 'VariableRef')[0]!.attributes.targetGUID)!.name, v.children[1]!.text]));
    expect(cases.map((c) => c.attributes.name)).toEqual(['Projekt A', 'Projekt B']);
    expect(valuesOf(cases[0]!)).toEqual({ 'Project code': 'A', 'Participating municipalities': 'Umeå, Vindeln', Level: 'Local level', 'Start date': '2024-02-29', 'Granted budget (SEK)': '1500000', Finansiär: 'ERUF' });
    expect(valuesOf(cases[1]!)).toEqual({ 'Project code': 'B', 'Granted budget (SEK)': '250000.75', Finansiär: 'Regionen' });
    const sourceGuid = (name: string) => elementsNamed(read.project, 'TextSource').find((s) => s.attributes.name === name)!.attributes.guid;
    expect(child(cases[0]!, 'SourceRef').map((r) => r.attributes.targetGUID)).toEqual([sourceGuid('Slutrapport A')]);
    // The passage about A in the programme report is A's; the one about the programme and the one in A's own report are not listed.
    const selectionGuid = (start: string) => elementsNamed(read.project, 'PlainTextSelection').find((s) => s.attributes.startPosition === start)!.attributes.guid;
    expect(child(cases[0]!, 'SelectionRef').map((r) => r.attributes.targetGUID)).toEqual([selectionGuid(String(text.indexOf('Projekt A')))]);
    expect(child(cases[1]!, 'SourceRef')).toEqual([]);
  });

  it('leaves out codings of codes the codebook does not hold, writes a code applied twice once, and names no user for a passage without a coder', () => {
    const text = 'Ett två tre';
    const codes = someCodes(2);
    const read = readQdpxForTest(writeQdpx(miniSnapshot({ documents: [{ record: documentRecord('d') , text }], codes, segments: [segmentAt('s', 'd', text, 'två', { coder: ' ', codeIds: [codes[1]!.id, 'gone', codes[1]!.id, codes[0]!.id] })] }), OPTIONS));
    const [selection] = elementsNamed(read.project, 'PlainTextSelection');
    expect(child(selection!, 'Coding')).toHaveLength(2);
    expect(selection!.attributes.creatingUser).toBeUndefined();
    expect(elementsNamed(read.project, 'User').map((u) => u.attributes.name)).toEqual(['Anna Andersson']);
  });

  it('refuses a snapshot of an older schema and one without exactly one evaluation', () => {
    const snapshot = miniSnapshot({ documents: [] });
    expect(() => writeQdpx({ ...snapshot, version: LATEST_VERSION - 1 }, OPTIONS)).toThrow(/migrate/);
    expect(() => writeQdpx({ ...snapshot, tables: { ...snapshot.tables, evaluations: [...snapshot.tables.evaluations!, ...snapshot.tables.evaluations!] } }, OPTIONS)).toThrow(RangeError);
    expect(() => writeQdpx(miniSnapshot({ documents: [], evaluation: evaluationRecord() }), OPTIONS)).not.toThrow();
  });
});
