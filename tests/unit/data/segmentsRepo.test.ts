import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT } from '../../../shared/text/selectors';
import { codeIdOf, codePhrase, evaluationInput, importText, NOW, openHarness, projectInput, REPORT_TEXT, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function setup(h: Harness) {
  const { repos } = h;
  const evaluation = await repos.evaluations.create(evaluationInput());
  const project = await repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
  const documentId = await importText(repos, evaluation.id, project.id, REPORT_TEXT);
  const text = (await repos.documents.getWithText(documentId))?.text as string;
  const natverk = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
  const godaExempel = await codeIdOf(repos, evaluation.id, 'lokal.results.goda-exempel');
  return { evaluation, project, documentId, text, natverk, godaExempel };
}

describe('segments.code', () => {
  it('trims the range and stores W3C position and quote selectors with the project', async () => {
    harness = openHarness('seg-code');
    const { repos, db } = harness;
    const { evaluation, project, documentId, text, natverk } = await setup(harness);
    const phrase = 'Resultatet blev fler anbud från lokala företag än tidigare år.';
    const start = text.indexOf(phrase);
    // A sloppy selection: the blank line before and the space and line break after.
    const segment = await repos.segments.code(documentId, start - 2, start + phrase.length + 1, natverk);
    expect(segment).toEqual({
      id: expect.any(String),
      evaluationId: evaluation.id,
      documentId,
      projectId: project.id,
      position: { type: 'TextPositionSelector', start, end: start + phrase.length },
      quote: {
        type: 'TextQuoteSelector',
        exact: phrase,
        prefix: text.slice(start - QUOTE_CONTEXT, start),
        suffix: text.slice(start + phrase.length, start + phrase.length + QUOTE_CONTEXT),
      },
      codeIds: [natverk],
      memo: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(segment.quote.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(await db.segments.get(segment.id)).toEqual(segment);
  });

  it('finds segments by code through the multi-entry index', async () => {
    harness = openHarness('seg-index');
    const { repos, db } = harness;
    const { documentId, natverk, godaExempel } = await setup(harness);
    const a = await codePhrase(repos, documentId, 'leverantörsträffar', natverk);
    await codePhrase(repos, documentId, 'fler anbud', godaExempel);
    await repos.segments.code(documentId, a.position.start, a.position.end, godaExempel);
    expect((await db.segments.where('codeIds').equals(natverk).toArray()).map((s) => s.id)).toEqual([a.id]);
    expect(await db.segments.where('codeIds').equals(godaExempel).count()).toBe(2);
  });

  it('adds a second code to the segment of the same range instead of making another', async () => {
    harness = openHarness('seg-second-code');
    const { repos, deps } = harness;
    const { documentId, text, natverk, godaExempel } = await setup(harness);
    const start = text.indexOf('leverantörsträffar');
    const first = await repos.segments.code(documentId, start, start + 18, natverk);
    deps.setNow('2026-11-22T10:00:00.000Z');
    // The same passage selected with white space around it is the same range once trimmed.
    const second = await repos.segments.code(documentId, start - 1, start + 19, godaExempel);
    expect(second.id).toBe(first.id);
    expect(second.codeIds).toEqual([natverk, godaExempel]);
    const stored = await repos.segments.listByDocument(documentId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ codeIds: [natverk, godaExempel], createdAt: NOW, updatedAt: '2026-11-22T10:00:00.000Z' });
  });

  it('does not add the same code twice', async () => {
    harness = openHarness('seg-same-code');
    const { repos } = harness;
    const { documentId, natverk } = await setup(harness);
    await codePhrase(repos, documentId, 'fler anbud', natverk);
    const again = await codePhrase(repos, documentId, 'fler anbud', natverk);
    expect(again.codeIds).toEqual([natverk]);
    expect(await repos.segments.listByDocument(documentId)).toHaveLength(1);
  });

  it('keeps overlapping but different ranges as separate segments', async () => {
    harness = openHarness('seg-overlap');
    const { repos } = harness;
    const { documentId, natverk } = await setup(harness);
    await codePhrase(repos, documentId, 'fler anbud från lokala företag', natverk);
    await codePhrase(repos, documentId, 'fler anbud', natverk);
    expect(await repos.segments.listByDocument(documentId)).toHaveLength(2);
  });

  it('rejects a code of another evaluation and writes nothing', async () => {
    harness = openHarness('seg-foreign-code');
    const { repos, db } = harness;
    const { documentId, text } = await setup(harness);
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    const foreign = await codeIdOf(repos, other.id, 'lokal.results.natverk');
    const before = await snapshot(db);
    const start = text.indexOf('fler anbud');
    await expect(repos.segments.code(documentId, start, start + 10, foreign)).rejects.toThrow(/No code/);
    await expect(repos.segments.code(documentId, start, start + 10, 'no-such-code')).rejects.toThrow(/No code/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects an unknown document and a range of only white space', async () => {
    harness = openHarness('seg-bad-range');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await setup(harness);
    await expect(repos.segments.code('no-such-document', 0, 5, natverk)).rejects.toThrow(/No document/);
    const blank = text.indexOf('\n\n');
    await expect(repos.segments.code(documentId, blank, blank + 2, natverk)).rejects.toThrow(RangeError);
    await expect(repos.segments.code(documentId, 0, text.length + 5, natverk)).rejects.toThrow(RangeError);
    expect(await db.segments.count()).toBe(0);
  });
});

describe('segments.listByDocument and listByEvaluation', () => {
  it('lists by position in the document', async () => {
    harness = openHarness('seg-list');
    const { repos } = harness;
    const { evaluation, documentId, natverk } = await setup(harness);
    await codePhrase(repos, documentId, 'Nätverket växer', natverk);
    await codePhrase(repos, documentId, 'leverantörsträffar inför', natverk);
    await codePhrase(repos, documentId, 'leverantörsträffar', natverk);
    await codePhrase(repos, documentId, 'Delrapport', natverk);
    expect((await repos.segments.listByDocument(documentId)).map((s) => s.quote.exact)).toEqual([
      'Delrapport',
      'leverantörsträffar',
      'leverantörsträffar inför',
      'Nätverket växer',
    ]);
    expect(await repos.segments.listByEvaluation(evaluation.id)).toHaveLength(4);
    const other = await repos.evaluations.create(evaluationInput('Annan'));
    expect(await repos.segments.listByEvaluation(other.id)).toEqual([]);
  });
});

describe('segments.uncode', () => {
  it('removes one code and keeps the segment while it has codes left', async () => {
    harness = openHarness('seg-uncode');
    const { repos, deps } = harness;
    const { documentId, natverk, godaExempel } = await setup(harness);
    const segment = await codePhrase(repos, documentId, 'fler anbud', natverk);
    await codePhrase(repos, documentId, 'fler anbud', godaExempel);
    deps.setNow('2026-11-22T11:00:00.000Z');
    await repos.segments.uncode(segment.id, natverk);
    expect(await harness.db.segments.get(segment.id)).toMatchObject({ codeIds: [godaExempel], updatedAt: '2026-11-22T11:00:00.000Z' });
  });

  it('removes the segment with its last code', async () => {
    harness = openHarness('seg-uncode-last');
    const { repos } = harness;
    const { documentId, natverk } = await setup(harness);
    const segment = await codePhrase(repos, documentId, 'fler anbud', natverk);
    const other = await codePhrase(repos, documentId, 'Nätverket växer', natverk);
    await repos.segments.uncode(segment.id, natverk);
    expect(await harness.db.segments.get(segment.id)).toBeUndefined();
    expect(await harness.db.segments.get(other.id)).toEqual(other);
  });

  it('leaves a segment alone when the code is not on it, and ignores an unknown segment', async () => {
    harness = openHarness('seg-uncode-noop');
    const { repos, db } = harness;
    const { documentId, natverk, godaExempel } = await setup(harness);
    const segment = await codePhrase(repos, documentId, 'fler anbud', natverk);
    await repos.segments.uncode(segment.id, godaExempel);
    expect((await db.segments.get(segment.id))?.codeIds).toEqual([natverk]);
    await expect(repos.segments.uncode('no-such-segment', natverk)).resolves.toBeUndefined();
    expect(await db.segments.count()).toBe(1);
  });
});
