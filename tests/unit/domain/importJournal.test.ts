import { describe, expect, it } from 'vitest';
import { interruptedImports, journalEnd, journalStart, journalStored, parseImportJournal, withoutStored, type ImportJournalEntry } from '../../../shared/domain/importJournal';

const entry = (batchId: string, pending: string[]): ImportJournalEntry => ({ batchId, evaluationId: 'e1', startedAt: '2026-12-07T05:00:00.000Z', pending });

describe('the import journal', () => {
  it('plans the files of an import and takes each off as it is stored, the batch going with the last', () => {
    let journal = journalStart([], entry('b1', ['a.docx', 'b.pdf', 'c.odt']));
    journal = journalStored(journal, 'b1', 'b.pdf');
    expect(journal).toEqual([entry('b1', ['a.docx', 'c.odt'])]);
    journal = journalStored(journal, 'b1', 'a.docx');
    journal = journalStored(journal, 'b1', 'c.odt');
    expect(journal).toEqual([]);
  });

  it('takes off one file of two with the same name, and ignores a name not planned', () => {
    const journal = journalStart([], entry('b1', ['rapport.pdf', 'rapport.pdf']));
    expect(journalStored(journal, 'b1', 'rapport.pdf')).toEqual([entry('b1', ['rapport.pdf'])]);
    expect(journalStored(journal, 'b1', 'annan.pdf')).toEqual(journal);
    expect(journalStored(journal, 'b2', 'rapport.pdf')).toEqual(journal);
  });

  it('keeps imports apart, and ends one without touching another', () => {
    let journal = journalStart([], entry('b1', ['a.docx']));
    journal = journalStart(journal, entry('b2', ['b.docx']));
    journal = journalStored(journal, 'b2', 'a.docx');
    expect(journal).toEqual([entry('b1', ['a.docx']), entry('b2', ['b.docx'])]);
    expect(journalEnd(journal, 'b1')).toEqual([entry('b2', ['b.docx'])]);
    expect(journalStart([], entry('b3', []))).toEqual([]);
  });

  it('calls interrupted only the imports not running in any window', () => {
    const journal = [entry('b1', ['a.docx']), entry('b2', ['b.docx'])];
    expect(interruptedImports(journal, new Set(['b2']))).toEqual([entry('b1', ['a.docx'])]);
    expect(interruptedImports(journal, new Set())).toEqual(journal);
  });

  it('takes off a file stored after all (the window went before its line), but not one imported before', () => {
    const interrupted = entry('b1', ['a.docx', 'b.pdf', 'b.pdf']);
    const documents = [
      { fileName: 'b.pdf', importedAt: '2026-12-07T05:00:01.000Z' },
      { fileName: 'a.docx', importedAt: '2026-12-06T09:00:00.000Z' },
    ];
    expect(withoutStored(interrupted, documents)).toEqual(entry('b1', ['a.docx', 'b.pdf']));
  });

  it('reads a stored journal, leaving out what is not an entry', () => {
    expect(parseImportJournal('nonsense')).toEqual([]);
    expect(parseImportJournal([entry('b1', ['a.docx']), { batchId: 'x' }, null, { ...entry('b2', []), pending: [1] }])).toEqual([entry('b1', ['a.docx'])]);
  });
});
