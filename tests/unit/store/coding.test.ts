import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Segment } from '../../../shared/domain';
import { QUOTE_CONTEXT, selectorsFor } from '../../../shared/text/selectors';
import { codeAt, codingSetup, dataCodingOf, rangeOf, segmentOf } from './codingSetup';
import { auditLog, codeIdOf, evaluationInput, openHarness, parsedText, snapshot, utf8, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const T1 = '2026-11-22T10:00:00.000Z';
const T2 = '2026-11-22T11:00:00.000Z';
const T3 = '2026-11-22T12:00:00.000Z';

/** The log's lines of coding steps, without the lines of the setup's imports (its document and dataset). */
function codingLines(entries: AuditEntry[]): AuditEntry[] {
  return entries.filter((entry) => entry.action !== 'importDocument' && entry.action !== 'importDataset');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

describe('coding.code', () => {
  it('trims the range and stores W3C selectors, the project, an empty judgement and the coder, as one step', async () => {
    harness = openHarness('coding-code');
    const { repos, db, deps } = harness;
    const { evaluation, project, documentId, text, natverk } = await codingSetup(harness);
    await repos.settings.setCoderName('  Karin Lindqvist  ');
    deps.setNow(T1);
    const phrase = 'Resultatet blev fler anbud från lokala företag än tidigare år.';
    const { start, end } = rangeOf(text, phrase);
    // A sloppy selection: the blank line before and the space after.
    const step = await repos.coding.code(documentId, start - 2, end + 1, natverk);
    const segment = segmentOf(step);
    const expected: Segment = {
      id: segment.id,
      evaluationId: evaluation.id,
      documentId,
      projectId: project.id,
      position: { type: 'TextPositionSelector', start, end },
      quote: {
        type: 'TextQuoteSelector',
        exact: phrase,
        prefix: text.slice(start - QUOTE_CONTEXT, start),
        suffix: text.slice(end, end + QUOTE_CONTEXT),
      },
      codeIds: [natverk],
      memo: '',
      strength: null,
      direction: null,
      coder: 'Karin Lindqvist',
      createdAt: T1,
      updatedAt: T1,
    };
    expect(segment.quote.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(step).toEqual({
      id: expect.any(String),
      evaluationId: evaluation.id,
      action: 'code',
      at: T1,
      summary: `Nätverk: ”${excerpt(phrase)}”`,
      changes: [{ table: 'segments', id: segment.id, before: null, after: expected }],
    });
    expect(await db.segments.get(segment.id)).toEqual(expected);
    expect(codingLines(await auditLog(db))).toEqual([
      { id: step?.id, evaluationId: evaluation.id, at: T1, coder: 'Karin Lindqvist', action: 'code', of: null, codeIds: [natverk], segmentIds: [segment.id], dataCodingIds: [], summary: `Nätverk: ”${excerpt(phrase)}”` },
    ]);
  });

  it('finds segments by code through the multi-entry index', async () => {
    harness = openHarness('coding-index');
    const { repos, db } = harness;
    const { documentId, text, natverk, goda } = await codingSetup(harness);
    const a = await codeAt(harness, documentId, text, 'leverantörsträffar', natverk);
    await codeAt(harness, documentId, text, 'fler anbud', goda);
    await repos.coding.code(documentId, a.position.start, a.position.end, goda);
    expect((await db.segments.where('codeIds').equals(natverk).toArray()).map((s) => s.id)).toEqual([a.id]);
    expect(await db.segments.where('codeIds').equals(goda).count()).toBe(2);
    expect((await repos.coding.segmentsWithCode(natverk)).map((s) => s.id)).toEqual([a.id]);
  });

  it('adds a second code to the segment of the same range instead of making another', async () => {
    harness = openHarness('coding-second-code');
    const { repos, deps, db } = harness;
    const { documentId, text, natverk, goda } = await codingSetup(harness);
    const { start, end } = rangeOf(text, 'leverantörsträffar');
    const first = segmentOf(await repos.coding.code(documentId, start, end, natverk));
    deps.setNow(T1);
    // The same passage selected with white space around it is the same range once trimmed.
    const step = await repos.coding.code(documentId, start - 1, end + 1, goda);
    const after = { ...first, codeIds: [natverk, goda], updatedAt: T1 };
    expect(step?.changes).toEqual([{ table: 'segments', id: first.id, before: first, after }]);
    expect(step?.summary).toBe('Goda exempel, metoder: ”leverantörsträffar”');
    expect(await repos.segments.listByDocument(documentId)).toEqual([after]);
    expect(codingLines(await auditLog(db))).toHaveLength(2);
  });

  it('does not add the same code twice: nothing changes and nothing is logged', async () => {
    harness = openHarness('coding-same-code');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const before = await snapshot(db);
    const { start, end } = rangeOf(text, 'fler anbud');
    expect(await repos.coding.code(documentId, start, end, natverk)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
    expect(await repos.segments.listByDocument(documentId)).toEqual([segment]);
  });

  it('keeps overlapping but different ranges as separate segments', async () => {
    harness = openHarness('coding-overlap');
    const { repos } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const long = await codeAt(harness, documentId, text, 'fler anbud från lokala företag', natverk);
    const short = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    expect(short.id).not.toBe(long.id);
    expect((await repos.segments.listByDocument(documentId)).map((s) => [s.position.start, s.position.end])).toEqual([
      [short.position.start, short.position.end],
      [long.position.start, long.position.end],
    ]);
  });

  it('rejects a code of another evaluation or an unknown code, and writes nothing', async () => {
    harness = openHarness('coding-foreign-code');
    const { repos, db } = harness;
    const { documentId, text } = await codingSetup(harness);
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    const foreign = await codeIdOf(repos, other.id, 'lokal.results.natverk');
    const before = await snapshot(db);
    const { start, end } = rangeOf(text, 'fler anbud');
    await expect(repos.coding.code(documentId, start, end, foreign)).rejects.toThrow(/No code/);
    await expect(repos.coding.code(documentId, start, end, 'no-such-code')).rejects.toThrow(/No code/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects an unknown document and a range outside the text; a range of only white space codes nothing', async () => {
    harness = openHarness('coding-bad-range');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const before = await snapshot(db);
    await expect(repos.coding.code('no-such-document', 0, 5, natverk)).rejects.toThrow(/No document/);
    await expect(repos.coding.code(documentId, 0, text.length + 5, natverk)).rejects.toThrow(RangeError);
    await expect(repos.coding.code(documentId, -3, 5, natverk)).rejects.toThrow(RangeError);
    const blank = text.indexOf('\n\n');
    expect(blank).toBeGreaterThan(0);
    expect(await repos.coding.code(documentId, blank, blank + 2, natverk)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('segments.listByDocument and listByEvaluation', () => {
  it('lists by position in the document, and by evaluation', async () => {
    harness = openHarness('coding-list');
    const { repos } = harness;
    const { evaluation, documentId, text, natverk } = await codingSetup(harness);
    await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    await codeAt(harness, documentId, text, 'leverantörsträffar inför', natverk);
    await codeAt(harness, documentId, text, 'leverantörsträffar', natverk);
    await codeAt(harness, documentId, text, 'Delrapport', natverk);
    expect((await repos.segments.listByDocument(documentId)).map((s) => s.quote.exact)).toEqual(['Delrapport', 'leverantörsträffar', 'leverantörsträffar inför', 'Nätverket växer']);
    expect(await repos.segments.listByEvaluation(evaluation.id)).toHaveLength(4);
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    expect(await repos.segments.listByEvaluation(other.id)).toEqual([]);
  });
});

describe('coding.uncode', () => {
  it('removes one code and keeps the segment while it has codes left', async () => {
    harness = openHarness('coding-uncode');
    const { repos, deps, db } = harness;
    const { documentId, text, natverk, goda } = await codingSetup(harness);
    await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const both = await codeAt(harness, documentId, text, 'fler anbud', goda);
    deps.setNow(T2);
    const step = await repos.coding.uncode(both.id, natverk);
    const after = { ...both, codeIds: [goda], updatedAt: T2 };
    expect(step).toMatchObject({ action: 'uncode', summary: 'Nätverk: ”fler anbud”', changes: [{ table: 'segments', id: both.id, before: both, after }] });
    expect(await db.segments.get(both.id)).toEqual(after);
  });

  it('removes an unjudged segment with its last code, and nothing else', async () => {
    harness = openHarness('coding-uncode-last');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const other = await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    const step = await repos.coding.uncode(segment.id, natverk);
    expect(step?.changes).toEqual([{ table: 'segments', id: segment.id, before: segment, after: null }]);
    expect(await db.segments.get(segment.id)).toBeUndefined();
    expect(await db.segments.toArray()).toEqual([other]);
  });

  it.each([
    ['a memo', { memo: 'Tydligt exempel' }],
    ['a strength', { strength: 'weak' as const }],
    ['a direction', { direction: 'hindering' as const }],
  ])('keeps a segment with %s as uncoded when its last code goes', async (_label, patch) => {
    harness = openHarness('coding-uncode-judged');
    const { repos, db, deps } = harness;
    const { evaluation, documentId, text, natverk } = await codingSetup(harness);
    const coded = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    deps.setNow(T1);
    const judged = segmentOf(await repos.coding.judge(coded.id, patch));
    deps.setNow(T2);
    const step = await repos.coding.uncode(coded.id, natverk);
    const kept = { ...judged, codeIds: [], updatedAt: T2 };
    expect(step?.changes).toEqual([{ table: 'segments', id: coded.id, before: judged, after: kept }]);
    expect(await db.segments.get(coded.id)).toEqual(kept);
    expect(await repos.coding.uncoded(evaluation.id)).toEqual({ segments: [kept], dataCodings: [] });
  });

  it('leaves a segment alone when the code is not on it, and ignores an unknown segment', async () => {
    harness = openHarness('coding-uncode-noop');
    const { repos, db } = harness;
    const { documentId, text, natverk, goda } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const before = await snapshot(db);
    expect(await repos.coding.uncode(segment.id, goda)).toBeNull();
    expect(await repos.coding.uncode('no-such-segment', natverk)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('coding.deleteSegment', () => {
  it('deletes a segment with its codes and judgement as one step; an unknown one is nothing', async () => {
    harness = openHarness('coding-delete-segment');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const judged = segmentOf(await repos.coding.judge(segment.id, { memo: 'Memo', strength: 'strong' }));
    const step = await repos.coding.deleteSegment(segment.id);
    expect(step).toMatchObject({ action: 'deleteSegment', summary: '”fler anbud”', changes: [{ table: 'segments', id: segment.id, before: judged, after: null }] });
    expect(await db.segments.count()).toBe(0);
    expect(await repos.coding.deleteSegment(segment.id)).toBeNull();
  });
});

describe('coding.codeRanges', () => {
  it('codes many ranges as one step: ranges that trim to one passage make one segment, coded ones gain the code', async () => {
    harness = openHarness('coding-ranges');
    const { repos, db, deps } = harness;
    const { evaluation, project, documentId, text, natverk, goda } = await codingSetup(harness);
    const existing = await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    const already = await codeAt(harness, documentId, text, 'fler anbud', goda);
    const auditBefore = await db.auditLog.count();
    await repos.settings.setCoderName('Amira Saleh');
    deps.setNow(T1);
    const anbud = rangeOf(text, 'fler anbud');
    const lev = rangeOf(text, 'leverantörsträffar');
    const natv = rangeOf(text, 'Nätverket växer');
    const step = await repos.coding.codeRanges(
      evaluation.id,
      [
        { documentId, ...lev },
        // The same passage with white space around it, twice more.
        { documentId, start: lev.start - 1, end: lev.end + 1 },
        { documentId, start: lev.start, end: lev.end + 1 },
        // A passage already coded with another code gains this one.
        { documentId, ...natv },
        // A passage already coded with this code is left alone.
        { documentId, ...anbud },
        // Only white space: nothing.
        { documentId, start: lev.end, end: lev.end + 1 },
      ],
      goda,
    );
    const created = segmentOf(step, 0);
    expect(created).toEqual({
      id: created.id,
      evaluationId: evaluation.id,
      documentId,
      projectId: project.id,
      ...selectorsFor(text, lev.start, lev.end),
      codeIds: [goda],
      memo: '',
      strength: null,
      direction: null,
      coder: 'Amira Saleh',
      createdAt: T1,
      updatedAt: T1,
    });
    expect(step).toEqual({
      id: expect.any(String),
      evaluationId: evaluation.id,
      action: 'autoCode',
      at: T1,
      summary: 'Goda exempel, metoder: 2',
      changes: [
        { table: 'segments', id: created.id, before: null, after: created },
        { table: 'segments', id: existing.id, before: existing, after: { ...existing, codeIds: [natverk, goda], updatedAt: T1 } },
      ],
    });
    expect(await repos.segments.listByDocument(documentId)).toEqual([created, already, { ...existing, codeIds: [natverk, goda], updatedAt: T1 }]);
    // One step, one line in the audit log.
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    expect((await auditLog(db)).at(-1)).toEqual({
      id: step?.id,
      evaluationId: evaluation.id,
      at: T1,
      coder: 'Amira Saleh',
      action: 'autoCode',
      of: null,
      codeIds: [goda],
      segmentIds: [created.id, existing.id],
      dataCodingIds: [],
      summary: 'Goda exempel, metoder: 2',
    });
  });

  it('codes ranges in several documents of the evaluation, and gives null when every range is coded already', async () => {
    harness = openHarness('coding-ranges-docs');
    const { repos, db } = harness;
    const { evaluation, project, documentId, text, natverk } = await codingSetup(harness);
    const secondText = 'Slutrapport\n\nNätverket växer i Sävsjö.';
    const bytes = utf8(secondText);
    const stored = await repos.documents.store({
      evaluationId: evaluation.id, projectId: project.id, type: 'slutrapport', date: '2024-12-31', title: 'Slutrapport', authorOrganisation: '', fileName: 'slut.txt',
      mimeType: 'text/plain', bytes, imported: parsedText(bytes), wordCount: 5, allowDuplicate: false, replaces: null,
    });
    if (stored.status !== 'imported') throw new Error('not imported');
    const ranges = [
      { documentId, ...rangeOf(text, 'Nätverket växer') },
      { documentId: stored.document.id, ...rangeOf(secondText, 'Nätverket växer') },
    ];
    const step = await repos.coding.codeRanges(evaluation.id, ranges, natverk);
    expect(step?.changes.map((c) => c.table === 'segments' && c.after && [c.after.documentId, c.after.quote.exact])).toEqual([
      [documentId, 'Nätverket växer'],
      [stored.document.id, 'Nätverket växer'],
    ]);
    const before = await snapshot(db);
    expect(await repos.coding.codeRanges(evaluation.id, ranges, natverk)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('coding.judge', () => {
  it('sets memo, strength and direction, keeping the rest of the segment', async () => {
    harness = openHarness('coding-judge');
    const { repos, db, deps } = harness;
    const { evaluation, documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    deps.setNow(T1);
    const step = await repos.coding.judge(segment.id, { memo: 'Tre upphandlingar', strength: 'strong', direction: 'promoting' });
    const judged = { ...segment, memo: 'Tre upphandlingar', strength: 'strong', direction: 'promoting', updatedAt: T1 };
    expect(step).toEqual({ id: expect.any(String), evaluationId: evaluation.id, action: 'judge', at: T1, summary: '”fler anbud”', changes: [{ table: 'segments', id: segment.id, before: segment, after: judged }] });
    expect(await db.segments.get(segment.id)).toEqual(judged);
    // A patch of one field leaves the others; null clears.
    deps.setNow(T2);
    await repos.coding.judge(segment.id, { strength: null });
    expect(await db.segments.get(segment.id)).toEqual({ ...judged, strength: null, updatedAt: T2 });
    expect(await repos.coding.judge('no-such-segment', { memo: 'x' })).toBeNull();
  });
});

describe('coding.adjustRange', () => {
  it('moves start and end, trims white space, rebuilds the quote selector; codes and judgement stay', async () => {
    harness = openHarness('coding-adjust');
    const { repos, db, deps } = harness;
    const { documentId, text, natverk, goda } = await codingSetup(harness);
    await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const coded = await codeAt(harness, documentId, text, 'fler anbud', goda);
    const segment = segmentOf(await repos.coding.judge(coded.id, { memo: 'Memo', direction: 'promoting' }));
    deps.setNow(T3);
    const wanted = rangeOf(text, 'Resultatet blev fler anbud från lokala företag');
    // Sloppy: two characters of white space before (the blank line).
    const step = await repos.coding.adjustRange(segment.id, wanted.start - 2, wanted.end);
    const after: Segment = { ...segment, ...selectorsFor(text, wanted.start, wanted.end), updatedAt: T3 };
    expect(after.quote.exact).toBe('Resultatet blev fler anbud från lokala företag');
    expect(after.quote.prefix).toBe(text.slice(wanted.start - QUOTE_CONTEXT, wanted.start));
    expect(step).toMatchObject({ action: 'adjustRange', summary: '”Resultatet blev fler anbud från lokala företag”', changes: [{ table: 'segments', id: segment.id, before: segment, after }] });
    expect(await db.segments.get(segment.id)).toEqual(after);
  });

  it('clamps to the text, and refuses a range of only white space or an unknown segment', async () => {
    harness = openHarness('coding-adjust-edges');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const segment = await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    const before = await snapshot(db);
    const blank = text.indexOf('\n\n');
    expect(await repos.coding.adjustRange(segment.id, blank, blank + 2)).toBeNull();
    expect(await repos.coding.adjustRange('no-such-segment', 0, 5)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
    const step = await repos.coding.adjustRange(segment.id, segment.position.start, text.length + 100);
    // To the end of the text, less the final line break.
    expect(segmentOf(step).position).toEqual({ type: 'TextPositionSelector', start: segment.position.start, end: text.trimEnd().length });
    expect(segmentOf(step).quote.exact).toBe('Nätverket växer 👍🏽.');
  });
});

describe('coding.unplaced and coding.relocate', () => {
  async function replaced(h: Harness) {
    const setup = await codingSetup(h);
    const { evaluation, project, documentId, text, natverk } = setup;
    const gone = await codeAt(h, documentId, text, 'leverantörsträffar', natverk);
    const stays = await codeAt(h, documentId, text, 'Nätverket växer', natverk);
    const newText = 'Delrapport 1 – reviderad\n\nUpphandlingarna gav fler anbud.\n\nNätverket växer 👍🏽.';
    const bytes = utf8(newText);
    const result = await h.repos.documents.store({
      evaluationId: evaluation.id, projectId: project.id, type: 'delrapport', date: '2024-04-30', title: 'Delrapport 1 (reviderad)', authorOrganisation: '', fileName: 'rev.txt',
      mimeType: 'text/plain', bytes, imported: parsedText(bytes), wordCount: 9, allowDuplicate: false, replaces: documentId,
    });
    if (result.status !== 'imported') throw new Error('not imported');
    return { ...setup, gone, stays, newText, newId: result.document.id, anchors: result.anchors };
  }

  it('lists the segments a replacement could not place, with the old version', async () => {
    harness = openHarness('coding-unplaced');
    const { repos, db } = harness;
    const { evaluation, documentId, gone, stays, newId, anchors } = await replaced(harness);
    expect(anchors).toEqual({ moved: 1, kept: 1 });
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([gone]);
    expect(await db.segments.get(gone.id)).toEqual(gone);
    expect((await db.segments.get(stays.id))?.documentId).toBe(newId);
    expect(documentId).not.toBe(newId);
    // Another evaluation has nothing unplaced.
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    expect(await repos.coding.unplaced(other.id)).toEqual([]);
  });

  it('relocates an unplaced segment to a range of the new version: codes and judgement stay, it is placed', async () => {
    harness = openHarness('coding-relocate');
    const { repos, db, deps } = harness;
    const { evaluation, project, gone, newText, newId } = await replaced(harness);
    const judged = segmentOf(await repos.coding.judge(gone.id, { memo: 'Hittas inte längre', strength: 'moderate' }));
    deps.setNow(T2);
    const range = rangeOf(newText, 'Upphandlingarna gav fler anbud.');
    const step = await repos.coding.relocate(gone.id, newId, range.start - 1, range.end + 2);
    const after: Segment = { ...judged, documentId: newId, projectId: project.id, ...selectorsFor(newText, range.start, range.end), updatedAt: T2 };
    expect(step).toMatchObject({ action: 'adjustRange', changes: [{ table: 'segments', id: gone.id, before: judged, after }] });
    expect(await db.segments.get(gone.id)).toEqual(after);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([]);
  });

  it('does not relocate to a document of another evaluation, nor a range of white space', async () => {
    harness = openHarness('coding-relocate-foreign');
    const { repos, db } = harness;
    const { gone, newId, newText } = await replaced(harness);
    const other = await codingSetup(harness, 'Annan');
    const before = await snapshot(db);
    expect(await repos.coding.relocate(gone.id, other.documentId, 0, 10)).toBeNull();
    const blank = newText.indexOf('\n\n');
    expect(await repos.coding.relocate(gone.id, newId, blank, blank + 2)).toBeNull();
    expect(await repos.coding.relocate('no-such-segment', newId, 0, 10)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('coding of table data', () => {
  it('codes a row and a cell, judges and uncodes them, each as one logged step', async () => {
    harness = openHarness('coding-data');
    const { repos, db, deps } = harness;
    const { evaluation, project, dataset, rows, tillvaxt, natverk } = await codingSetup(harness);
    await repos.settings.setCoderName('Per-Olof Sandberg');
    const row = rows[0]!;
    deps.setNow(T1);
    const step = await repos.coding.codeData(row, 2, tillvaxt);
    const coding = dataCodingOf(step);
    const expected = {
      id: coding.id,
      evaluationId: evaluation.id,
      datasetId: dataset.id,
      rowId: row.id,
      column: 2,
      projectId: project.id,
      codeIds: [tillvaxt],
      memo: '',
      strength: null,
      direction: null,
      coder: 'Per-Olof Sandberg',
      createdAt: T1,
      updatedAt: T1,
    };
    expect(step).toEqual({ id: expect.any(String), evaluationId: evaluation.id, action: 'codeData', at: T1, summary: 'Ökad tillväxt', changes: [{ table: 'dataCodings', id: coding.id, before: null, after: expected }] });
    deps.setNow(T2);
    const judged = dataCodingOf(await repos.coding.judgeData(coding.id, { strength: 'strong', direction: 'promoting' }));
    expect(judged).toEqual({ ...expected, strength: 'strong', direction: 'promoting', updatedAt: T2 });
    // A judged coding left with no code is kept, listed as uncoded.
    deps.setNow(T3);
    const uncoded = dataCodingOf(await repos.coding.uncodeData(coding.id, tillvaxt));
    expect(uncoded).toEqual({ ...judged, codeIds: [], updatedAt: T3 });
    expect(await repos.coding.uncoded(evaluation.id)).toEqual({ segments: [], dataCodings: [uncoded] });
    expect(await repos.coding.uncodeData(coding.id, natverk)).toBeNull();
    expect(codingLines(await auditLog(db)).map((e) => [e.action, e.coder, e.dataCodingIds, e.segmentIds, e.codeIds])).toEqual([
      ['codeData', 'Per-Olof Sandberg', [coding.id], [], [tillvaxt]],
      ['judgeData', 'Per-Olof Sandberg', [coding.id], [], []],
      ['uncodeData', 'Per-Olof Sandberg', [coding.id], [], [tillvaxt]],
    ]);
  });

  it('rejects an unknown row and a code of another evaluation, writing nothing', async () => {
    harness = openHarness('coding-data-bad');
    const { repos, db } = harness;
    const { rows } = await codingSetup(harness);
    const other = await codingSetup(harness, 'Annan');
    const before = await snapshot(db);
    await expect(repos.coding.codeData({ ...rows[0]!, id: 'no-such-row' }, null, other.natverk)).rejects.toThrow(/No row/);
    await expect(repos.coding.codeData(rows[0]!, null, other.natverk)).rejects.toThrow(/No code/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the audit log', () => {
  it('has one entry per step, signed with the coder and naming what it touched; listed newest first', async () => {
    harness = openHarness('coding-audit');
    const { repos, db, deps } = harness;
    const { evaluation, documentId, text, natverk, goda, rows } = await codingSetup(harness);
    const other = await codingSetup(harness, 'Annan');
    deps.setNow('2026-11-22T09:01:00.000Z');
    const a = await codeAt(harness, documentId, text, 'fler anbud', natverk);
    await repos.settings.setCoderName('Karin Lindqvist');
    deps.setNow('2026-11-22T09:02:00.000Z');
    await repos.coding.judge(a.id, { memo: 'Viktigt' });
    deps.setNow('2026-11-22T09:03:00.000Z');
    const data = dataCodingOf(await repos.coding.codeData(rows[1]!, null, goda));
    deps.setNow('2026-11-22T09:04:00.000Z');
    await repos.coding.uncode(a.id, natverk);
    // A step in another evaluation is not in this one's log.
    deps.setNow('2026-11-22T09:05:00.000Z');
    await codeAt(harness, other.documentId, other.text, 'fler anbud', other.natverk);
    // A call that changes nothing writes no line.
    expect(await repos.coding.uncode(a.id, natverk)).toBeNull();

    const entries = codingLines(await repos.audit.list(evaluation.id));
    const line = (entry: AuditEntry) => [entry.at, entry.action, entry.coder, entry.segmentIds, entry.dataCodingIds, entry.summary];
    expect(entries.map(line)).toEqual([
      ['2026-11-22T09:04:00.000Z', 'uncode', 'Karin Lindqvist', [a.id], [], 'Nätverk: ”fler anbud”'],
      ['2026-11-22T09:03:00.000Z', 'codeData', 'Karin Lindqvist', [], [data.id], 'Goda exempel, metoder'],
      ['2026-11-22T09:02:00.000Z', 'judge', 'Karin Lindqvist', [a.id], [], '”fler anbud”'],
      // Before the coder's name was set, the entry is signed with none.
      ['2026-11-22T09:01:00.000Z', 'code', '', [a.id], [], 'Nätverk: ”fler anbud”'],
    ]);
    expect(entries.every((entry) => entry.evaluationId === evaluation.id && entry.of === null)).toBe(true);
    expect((await repos.audit.list(evaluation.id, 2)).map((entry) => entry.action)).toEqual(['uncode', 'codeData']);
    expect(codingLines(await repos.audit.list(other.evaluation.id)).map((entry) => entry.action)).toEqual(['code']);
    // The setups' imports are logged too: a document and a dataset each.
    expect(await db.auditLog.count()).toBe(5 + 4);
  });
});
