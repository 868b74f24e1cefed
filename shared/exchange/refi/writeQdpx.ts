import { zipSync, type Zippable } from 'fflate';
import type { Code } from '../../domain/code';
import type { DocumentRecord } from '../../domain/document';
import type { Evaluation } from '../../domain/evaluation';
import type { Project } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import { encodeUtf8 } from '../../formats/encoding/utf8Encode';
import { LATEST_VERSION, type StoredRecord } from '../../migrations';
import { entryLevel } from '../evaluationFile/entryLevel';
import { isOriginalRecord, theEvaluation, type EvaluationSnapshot } from '../evaluationFile/evaluationSnapshot';
import type { QdcLanguage } from './qdcDescription';
import { qdpxGuids } from './qdpxGuids';
import { projectQde } from './projectQde';

export interface WriteQdpxOptions {
  /** The language of code names and descriptions, variable names and note names (absent: the evaluation's report language). */
  language?: QdcLanguage;
  /** The `origin` attribute: the program that wrote the file, e.g. `Spårbar 0.1.0`. */
  origin: string;
  /** When it is written (ISO timestamp): the project's modifiedDateTime and the zip entries' time. */
  now: string;
}

/** The entry of the project in a .qdpx (specification §8.1). */
export const PROJECT_ENTRY = 'project.qde';

/** A table's records as their type, in the order of their ids (so the input's order never changes the file). */
const typed = <T>(records: readonly StoredRecord[] | undefined): T[] => [...(records ?? [])].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0)) as unknown as T[];

/**
 * Writes one evaluation as a REFI-QDA project (.qdpx, specification 1.5 §8): a zip holding `project.qde`
 * (see projectQde.ts for what it holds) and `sources/` with each document's text as UTF-8 (`<guid>.txt`)
 * and each PDF's original (`<guid>.pdf`). Pure: the same snapshot and options give the same bytes; GUIDs
 * are Spårbar's UUIDs or derived from ids and names (qdpxGuids.ts), so only `now` and the records' own
 * dates change between exports. Judgements, findings, recommendations and datasets are not written.
 *
 * Throws when the snapshot is not of the latest schema (migrate it first) or holds not exactly one
 * evaluation: the caller's mistakes.
 */
export function writeQdpx(snapshot: EvaluationSnapshot, options: WriteQdpxOptions): Uint8Array {
  if (snapshot.version !== LATEST_VERSION) throw new RangeError(`writeQdpx: the snapshot is of schema ${snapshot.version}, not ${LATEST_VERSION}; migrate it first`);
  const evaluation = theEvaluation(snapshot) as unknown as Evaluation;
  const { tables } = snapshot;
  const texts = new Map<string, string>();
  for (const record of tables.documentTexts ?? []) if (typeof record.documentId === 'string' && typeof record.text === 'string') texts.set(record.documentId, record.text);
  const originals = new Map<string, Uint8Array>();
  for (const record of tables.originals ?? []) if (isOriginalRecord(record)) originals.set(record.documentId, record.bytes);
  const { xml, files } = projectQde(
    {
      evaluation: { ...evaluation, evaluators: Array.isArray(evaluation.evaluators) ? evaluation.evaluators : [] },
      projects: typed<Project>(tables.projects),
      documents: typed<DocumentRecord>(tables.documents),
      texts,
      originals,
      codes: typed<Code>(tables.codes),
      segments: typed<Segment>(tables.segments),
    },
    { language: options.language ?? (evaluation.reportLanguage === 'en' ? 'en' : 'sv'), origin: options.origin, now: options.now, guids: qdpxGuids() },
  );
  const zippable: Zippable = { [PROJECT_ENTRY]: [encodeUtf8(xml), { level: 6 }] };
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: entryLevel(bytes) }];
  return zipSync(zippable, { level: 6, mtime: new Date(options.now) });
}
