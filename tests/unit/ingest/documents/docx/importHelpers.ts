// Helpers for the importer tests: options, and the blocks of an imported document in a form that is easy
// to compare.
import type { Block } from '../../../../../shared/domain/document';
import { type ImportedDocument, type ImportOptions } from '../../../../../shared/ingest/documents/importTypes';
import { DEFAULT_IMPORT_LIMITS } from '../../../../../shared/domain/importLimits';
import { ImportError } from '../../../../../shared/domain/importError';

export function importOptions(fileName = 'rapport.docx', limits: Partial<ImportOptions['limits']> = {}): ImportOptions {
  return {
    fileName,
    limits: { ...DEFAULT_IMPORT_LIMITS, ...limits },
    pdf: () => Promise.reject(new Error('no PDF here')),
  };
}

/** A block as kind, text and the structure fields that are set. */
export interface BlockView {
  kind: Block['kind'];
  text: string;
  level?: number;
  page?: string;
  list?: Block['list'];
  cell?: Block['cell'];
  note?: Block['note'];
}

export function blockViews(document: ImportedDocument): BlockView[] {
  return document.blocks.map((block) => {
    const view: BlockView = { kind: block.kind, text: document.text.slice(block.start, block.end) };
    if (block.level !== null) view.level = block.level;
    if (block.page !== null) view.page = block.page;
    if (block.list) view.list = block.list;
    if (block.cell) view.cell = block.cell;
    if (block.note) view.note = block.note;
    return view;
  });
}

export function texts(document: ImportedDocument, kind?: Block['kind']): string[] {
  return document.blocks.filter((block) => !kind || block.kind === kind).map((block) => document.text.slice(block.start, block.end));
}

/** The ImportError code a call throws (fails the test when it throws something else or nothing). */
export function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('expected an ImportError, but the import succeeded');
}

/** Words in order, for comparing texts whose spacing and block separators differ. */
export function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter(Boolean);
}
