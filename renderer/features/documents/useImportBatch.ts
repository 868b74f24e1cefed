import { useCallback, useEffect, useRef, useState } from 'react';
import { type ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/domain/importLimits';
import type { ImportErrorCode } from '../../../shared/domain/importError';
import type { DocumentType, Project } from '../../../shared/domain';
import { guessDocumentMeta } from './guessDocumentMeta';
import { ownTitle } from '../../../shared/ingest/documents/ownFacts/ownTitle';
import { ownDate } from '../../../shared/ingest/documents/ownFacts/ownDate';
import { showBidiControls } from '../../../shared/base/bidiControls';
import { guessProject } from './guessProject';
import { PROGRAMME_CHOICE } from './projectChoice';
import type { OpenedFile } from '../../platform';
import { parseInWorker, type ParseJob } from '../../services/workers/parseInWorker';

/** Two parsers at a time: these machines have two cores, and the UI thread needs one. */
const PARALLEL = 2;

export type ItemStatus = 'waiting' | 'parsing' | 'parsed' | 'failed' | 'imported' | 'duplicate' | 'storeFailed';

/** One file of an import batch: what was read and what the evaluator says it is. */
export interface ImportItem {
  key: string;
  file: OpenedFile;
  status: ItemStatus;
  progress: number;
  parsed: ImportedDocument | null;
  wordCount: number;
  /** Why the file was not read; `values` the limit and the file's figure when a limit refused it. */
  error: { code: ImportErrorCode; detail: string; values?: Readonly<Record<string, number>> } | null;
  password: string | undefined;
  /** A project's id, PROGRAMME_CHOICE for the programme as a whole, or '' while not chosen. */
  projectId: string;
  type: DocumentType;
  date: string;
  title: string;
  authorOrganisation: string;
  /** After storing: the stored document's id, or the existing duplicate's title. */
  documentId: string | null;
  duplicateOf: string | null;
  storeError: string | null;
  /** For a replacement: coded passages moved to the new version, and kept with the old. */
  anchors: { moved: number; kept: number } | null;
  /**
   * The older document whose text the stored one repeats (the same report in another format), how alike
   * they are, and whether it is still marked as its twin (the evaluator may take the mark off).
   */
  twin: { of: string; title: string; similarity: number; marked: boolean } | null;
}

export type ItemFields = Pick<ImportItem, 'projectId' | 'type' | 'date' | 'title' | 'authorOrganisation'>;

let nextKey = 1;

export function newItem(file: OpenedFile, projects: readonly Project[], defaults: Partial<ItemFields> = {}): ImportItem {
  const guess = guessDocumentMeta(file.name);
  return {
    key: `f${nextKey++}`,
    file,
    status: 'waiting',
    progress: 0,
    parsed: null,
    wordCount: 0,
    error: null,
    password: undefined,
    projectId: defaults.projectId ?? guessProject(file.name, projects) ?? (projects.length === 1 ? (projects[0] as Project).id : projects.length === 0 ? PROGRAMME_CHOICE : ''),
    type: defaults.type ?? guess.type,
    date: defaults.date ?? guess.date,
    title: defaults.title ?? guess.title,
    authorOrganisation: defaults.authorOrganisation ?? '',
    documentId: null,
    duplicateOf: null,
    storeError: null,
    anchors: null,
    twin: null,
  };
}

/**
 * Once the file is read: its own title (from its metadata, unless junk) and its own date (ownDate: never
 * the file's created or modified time), where the evaluator has not changed what the file name gave, and
 * the organisation its metadata names where none is given.
 */
function withMetadata(item: ImportItem, document: ImportedDocument): ImportItem {
  const { metadata } = document;
  const guess = guessDocumentMeta(item.file.name);
  const title = item.title === guess.title ? ownTitle(metadata.title, item.file.name) : null;
  return {
    ...item,
    title: title === null ? item.title : showBidiControls(title),
    date: item.date === guess.date ? (ownDate(document, item.file.name) ?? '') : item.date,
    authorOrganisation: item.authorOrganisation || showBidiControls(metadata.organisation ?? ''),
  };
}

/**
 * The state of an import batch: files are parsed in workers as soon as they are added (two at a
 * time), with progress; each can be given a password and parsed again, removed, or cancelled.
 */
export function useImportBatch(initial: () => ImportItem[]) {
  const [items, setItems] = useState<ImportItem[]>(initial);
  const jobs = useRef(new Map<string, ParseJob>());

  const update = useCallback((key: string, change: (item: ImportItem) => ImportItem) => {
    setItems((current) => current.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  // Start waiting parses while fewer than PARALLEL run.
  useEffect(() => {
    const running = items.filter((item) => item.status === 'parsing').length;
    const waiting = items.filter((item) => item.status === 'waiting').slice(0, Math.max(0, PARALLEL - running));
    for (const item of waiting) {
      if (jobs.current.has(item.key)) continue;
      update(item.key, (i) => ({ ...i, status: 'parsing', progress: 0, error: null }));
      const job = parseInWorker(item.file.bytes, item.file.name, DEFAULT_IMPORT_LIMITS, item.password, (fraction) =>
        update(item.key, (i) => ({ ...i, progress: fraction })),
      );
      jobs.current.set(item.key, job);
      void job.result.then((outcome) => {
        jobs.current.delete(item.key);
        update(item.key, (i) =>
          outcome.ok ? withMetadata({ ...i, status: 'parsed', progress: 1, parsed: outcome.document, wordCount: outcome.wordCount }, outcome.document) : { ...i, status: 'failed', error: { code: outcome.code, detail: outcome.detail, ...(outcome.values ? { values: outcome.values } : {}) } },
        );
      });
    }
  }, [items, update]);

  // Stop every parser when the dialog goes away.
  useEffect(() => {
    const running = jobs.current;
    return () => {
      for (const job of running.values()) job.cancel();
      running.clear();
    };
  }, []);

  return {
    items,
    add(files: OpenedFile[], projects: readonly Project[], defaults?: Partial<ItemFields>) {
      setItems((current) => [...current, ...files.map((file) => newItem(file, projects, defaults))]);
    },
    remove(key: string) {
      jobs.current.get(key)?.cancel();
      setItems((current) => current.filter((item) => item.key !== key));
    },
    cancelAll() {
      for (const job of jobs.current.values()) job.cancel();
    },
    setFields(key: string, fields: Partial<ItemFields>) {
      update(key, (item) => ({ ...item, ...fields }));
    },
    retryWithPassword(key: string, password: string) {
      update(key, (item) => ({ ...item, password, status: 'waiting', error: null }));
    },
    markStored(key: string, result: Pick<ImportItem, 'status' | 'documentId' | 'duplicateOf' | 'storeError'> & Partial<Pick<ImportItem, 'anchors' | 'twin'>>) {
      update(key, (item) => ({ ...item, ...result }));
    },
  };
}
