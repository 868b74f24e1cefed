import { isRecord, isString, isStringArray } from '../base/guards';

/**
 * The import journal: which files of a running import are not stored yet. An import writes its planned
 * file names when it starts and takes each off as it is stored (each file in its own transaction), so
 * after a window is closed or reloaded mid-import the files still listed are the ones not stored.
 */
export interface ImportJournalEntry {
  batchId: string;
  evaluationId: string;
  startedAt: string;
  /** The files not stored yet, by name (a name twice when two files share it). */
  pending: string[];
}

export type ImportJournal = readonly ImportJournalEntry[];

/** An import starts: its files are planned (an import of no files plans nothing). */
export function journalStart(journal: ImportJournal, entry: ImportJournalEntry): ImportJournal {
  const others = journal.filter((e) => e.batchId !== entry.batchId);
  return entry.pending.length === 0 ? others : [...others, { ...entry, pending: [...entry.pending] }];
}

/** A file is stored (or refused, and said so in the import): it is off the list; an empty batch goes. */
export function journalStored(journal: ImportJournal, batchId: string, fileName: string): ImportJournal {
  return journal.flatMap((entry) => {
    if (entry.batchId !== batchId) return [entry];
    const at = entry.pending.indexOf(fileName);
    const pending = at < 0 ? entry.pending : [...entry.pending.slice(0, at), ...entry.pending.slice(at + 1)];
    return pending.length === 0 ? [] : [{ ...entry, pending }];
  });
}

/** The import is over (finished, or the evaluator was told what was not stored): its entry goes. */
export function journalEnd(journal: ImportJournal, batchId: string): ImportJournal {
  return journal.filter((entry) => entry.batchId !== batchId);
}

/** The imports that stopped with files not stored: every entry whose import is not running anywhere. */
export function interruptedImports(journal: ImportJournal, running: ReadonlySet<string>): ImportJournal {
  return journal.filter((entry) => !running.has(entry.batchId) && entry.pending.length > 0);
}

/**
 * An interrupted import without the files that were stored after all: the window may go between a
 * file's transaction and its line in the journal. A document of the evaluation imported since the import
 * started, with a planned file's name, takes that name off (once per document).
 */
export function withoutStored(entry: ImportJournalEntry, documents: readonly { fileName: string; importedAt: string }[]): ImportJournalEntry {
  const pending = [...entry.pending];
  for (const document of documents) {
    const at = document.importedAt >= entry.startedAt ? pending.indexOf(document.fileName) : -1;
    if (at >= 0) pending.splice(at, 1);
  }
  return { ...entry, pending };
}

/** The journal as stored (JSON), checked; anything that is not an entry is left out. */
export function parseImportJournal(stored: unknown): ImportJournal {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (e): e is ImportJournalEntry => isRecord(e) && isString(e.batchId) && isString(e.evaluationId) && isString(e.startedAt) && isStringArray(e.pending),
  );
}
