import { interruptedImports, journalEnd, journalStart, journalStored, parseImportJournal, type ImportJournal } from '../../shared/domain/importJournal';

// The journal lives in localStorage (no schema change; it survives a reload or a crash). While an import
// runs, its window holds a Web Lock named after it, so another window does not take it for interrupted.
const KEY = 'sparbar.importJournal';
const LOCK_PREFIX = 'sparbar-import:';

function read(): ImportJournal {
  try {
    return parseImportJournal(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
  } catch {
    return [];
  }
}

function write(journal: ImportJournal): void {
  try {
    if (journal.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(journal));
  } catch {
    // Without localStorage there is no journal; the import itself goes on.
  }
}

export interface JournalledImport {
  /** A file is stored (or refused and said so): it is off the list. */
  stored(fileName: string): void;
  /** The import is over: its entry goes and its lock is let go. */
  end(): void;
}

/** Writes the planned files of an import before it stores any. */
export function beginImport(evaluationId: string, fileNames: readonly string[], now: string): JournalledImport {
  const batchId = crypto.randomUUID();
  write(journalStart(read(), { batchId, evaluationId, startedAt: now, pending: [...fileNames] }));
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(`${LOCK_PREFIX}${batchId}`, () => held);
  return {
    stored: (fileName) => write(journalStored(read(), batchId, fileName)),
    end: () => {
      write(journalEnd(read(), batchId));
      release();
    },
  };
}

/**
 * Stores the files one by one (each in its own transaction, by `store`), journalled: planned before the
 * first is stored, each taken off once stored. After a reload mid-way the rest are named as not stored.
 */
export async function storeJournalled<T extends { file: { name: string } }>(evaluationId: string, items: readonly T[], store: (item: T) => Promise<void>): Promise<void> {
  const journal = beginImport(evaluationId, items.map((item) => item.file.name), new Date().toISOString());
  try {
    for (const item of items) {
      await store(item);
      journal.stored(item.file.name);
    }
  } finally {
    journal.end();
  }
}

/** The imports that stopped (window closed or reloaded) with files not stored. */
export async function interruptedImportsNow(): Promise<ImportJournal> {
  const journal = read();
  if (journal.length === 0) return [];
  const locks = navigator.locks ? await navigator.locks.query() : { held: [] };
  const running = new Set((locks.held ?? []).flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
  return interruptedImports(journal, running);
}

/** The evaluator has been told: the interrupted import's entry goes. */
export function forgetInterruptedImport(batchId: string): void {
  write(journalEnd(read(), batchId));
}
