import { Dexie, type ObservabilitySet } from 'dexie';
import type { Id, Segment } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import { changedKeys } from './changedKeys';

/**
 * The segments a change to the database touched: their ids, or 'all' when they cannot be told (a range
 * deleted, many at once, the whole database), or null when no segment changed.
 */
export function changedSegmentIds(parts: ObservabilitySet, databaseName: string): Set<string> | 'all' | null {
  return changedKeys(parts, databaseName, 'segments');
}

/** Which segments a watch keeps: an evaluation's or a document's (in the order read, changed ones last). */
export interface SegmentScope {
  index: 'evaluationId' | 'documentId';
  value: Id;
}

/**
 * The segments of an evaluation or a document, kept in step with the database without reading them all
 * again after each coding: a change to a few segments (in this window or another) reads those few by id.
 * The listener gets a new array after each change, with unchanged segments the same objects as before.
 * Returns the function that stops watching.
 */
export function watchSegments(db: SparbarDatabase, scope: SegmentScope, listener: (segments: Segment[]) => void): () => void {
  const byId = new Map<Id, Segment>();
  let stopped = false;
  let loaded = false;
  let reloadAll = true;
  const pending = new Set<string>();
  let running: Promise<void> | null = null;
  const inScope = (segment: Segment | undefined): segment is Segment => segment !== undefined && segment[scope.index] === scope.value;

  const emit = () => {
    if (stopped) return;
    listener([...byId.values()]);
  };

  async function catchUp(): Promise<void> {
    // Whether the kept segments changed since they were last given to the listener: a change to segments
    // outside the scope (another document coded) reads those few by id and gives nothing new.
    let changed = false;
    while (!stopped && (reloadAll || pending.size > 0)) {
      if (reloadAll) {
        reloadAll = false;
        pending.clear();
        const all = await db.segments.where(scope.index).equals(scope.value).toArray();
        byId.clear();
        for (const segment of all) byId.set(segment.id, segment);
        loaded = true;
        changed = true;
      } else {
        const ids = [...pending];
        pending.clear();
        const found = await db.segments.bulkGet(ids);
        ids.forEach((id, i) => {
          const segment = found[i];
          if (inScope(segment)) {
            byId.set(id, segment);
            changed = true;
          } else if (byId.delete(id)) changed = true;
        });
      }
      if (changed && !reloadAll && pending.size === 0) {
        changed = false;
        emit();
      }
    }
  }

  const run = () => {
    // A failed read leaves the last list shown; the database's own errors are reported where it is opened.
    running ??= catchUp()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (!stopped && (reloadAll || pending.size > 0)) run();
      });
  };

  const onChange = (parts: ObservabilitySet) => {
    const changed = changedSegmentIds(parts, db.name);
    if (changed === null) return;
    if (changed === 'all' || !loaded) reloadAll = true;
    else for (const id of changed) pending.add(id);
    run();
  };

  Dexie.on.storagemutated.subscribe(onChange);
  run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
