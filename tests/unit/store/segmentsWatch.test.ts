import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changedSegmentIds } from '../../../renderer/store/dexie/segmentsWatch';
import type { Segment } from '../../../shared/domain';
import { codeAt, codingSetup } from './codingSetup';
import { importText, openHarness } from './harness';

/** The lists a watch has given, and a promise for the next one. */
function recorder() {
  const lists: (readonly Segment[])[] = [];
  let waiting: ((list: readonly Segment[]) => void) | null = null;
  return {
    lists,
    listener: (list: readonly Segment[]) => {
      lists.push(list);
      waiting?.(list);
      waiting = null;
    },
    next: () => new Promise<readonly Segment[]>((resolve) => (waiting = resolve)),
  };
}

describe('watching an evaluation’s segments', () => {
  it('follows codings and deletions by reading only the segments changed, keeping the others as they were', async () => {
    const h = openHarness('segments-watch');
    const setup = await codingSetup(h);
    const first = await codeAt(h, setup.documentId, setup.text, 'leverantörsträffar', setup.natverk);
    const seen = recorder();
    const loaded = seen.next();
    const stop = h.repos.segments.watchByEvaluation(setup.evaluation.id, seen.listener);
    expect((await loaded).map((s) => s.id)).toEqual([first.id]);

    const coded = seen.next();
    const second = await codeAt(h, setup.documentId, setup.text, 'lokala företag', setup.goda);
    const afterCoding = await coded;
    expect(afterCoding.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    // The segment the coding did not touch is the same record object: it was not read again.
    expect(afterCoding.find((s) => s.id === first.id)).toBe(seen.lists[0]?.[0]);

    const uncoded = seen.next();
    await h.repos.coding.deleteSegment(second.id);
    expect((await uncoded).map((s) => s.id)).toEqual([first.id]);

    stop();
    await codeAt(h, setup.documentId, setup.text, 'Aneby', setup.inspiration);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.lists).toHaveLength(3);
  });

  it('keeps one document’s segments, and gives nothing new when another document is coded', async () => {
    const h = openHarness('segments-watch-document');
    const setup = await codingSetup(h);
    const otherDocument = await importText(h.repos, setup.evaluation.id, setup.project.id, setup.text, { fileName: 'annan.txt', allowDuplicate: true });
    const first = await codeAt(h, setup.documentId, setup.text, 'leverantörsträffar', setup.natverk);
    const seen = recorder();
    const loaded = seen.next();
    const stop = h.repos.segments.watchByDocument(setup.documentId, seen.listener);
    expect((await loaded).map((s) => s.id)).toEqual([first.id]);

    await codeAt(h, otherDocument, setup.text, 'lokala företag', setup.goda);
    const coded = seen.next();
    const second = await codeAt(h, setup.documentId, setup.text, 'Aneby', setup.inspiration);
    expect((await coded).map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    // The coding in the other document gave no list of its own.
    expect(seen.lists).toHaveLength(2);
    stop();
  });

  it('tells which segments a change touched, or that it cannot', () => {
    const key = (id: string) => ({ from: id, to: id, d: 1 });
    expect(changedSegmentIds({ 'idb://db/segments/': { ...key('b'), l: key('a'), d: 2 } }, 'db')).toEqual(new Set(['a', 'b']));
    expect(changedSegmentIds({ 'idb://db/segments/:dels': key('c'), 'idb://db/segments/codeIds': key('k') }, 'db')).toEqual(new Set(['c']));
    expect(changedSegmentIds({ 'idb://db/segments/': { from: 'a', to: 'z', d: 1 } }, 'db')).toBe('all');
    expect(changedSegmentIds({ 'idb://db/codes/': key('c') }, 'db')).toBeNull();
    expect(changedSegmentIds({ 'idb://other/segments/': key('c') }, 'db')).toBeNull();
    expect(changedSegmentIds({ all: { from: -Infinity, to: [[]], d: 1 } }, 'db')).toBe('all');
  });
});
