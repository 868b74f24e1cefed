import type { DocumentRecord } from '../../domain/document';
import type { Segment } from '../../domain/segment';
import { encodeUtf8 } from '../../formats/encoding/utf8Encode';
import { selectionsXml, type QdpxNote, type QdpxRefs } from './qdpxSelections';
import { indent, xmlAttributes, xsdDateTime } from './qdpxXml';

export interface QdpxSourceInput {
  documents: readonly DocumentRecord[];
  /** Each document's text by its id (a document without one is written with an empty text). */
  texts: ReadonlyMap<string, string>;
  /** Each document's original bytes by its id (a PDF without them is written as its text alone). */
  originals: ReadonlyMap<string, Uint8Array>;
  /** The passages by document id. */
  segments: ReadonlyMap<string, readonly Segment[]>;
  refs: QdpxRefs;
}

export interface QdpxSourcesOutput {
  lines: string[];
  notes: QdpxNote[];
  /** The entries of the zip's sources/ folder by path (`sources/<guid>.txt`, `sources/<guid>.pdf`). */
  files: Map<string, Uint8Array>;
}

/** A GUID as a file name: without braces, in lower case (specification §8.4). */
const fileGuid = (guid: string) => guid.replace(/[{}]/g, '').toLowerCase();

/** The documents in the order they are written: by title, then file name, then id. */
function documentOrder(a: DocumentRecord, b: DocumentRecord): number {
  const key = (d: DocumentRecord) => [d.title, d.fileName, d.id];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
  return 0;
}

/**
 * The <Sources> element and the files it refers to. Every document is a TextSource whose text (UTF-8,
 * as Spårbar keeps it, so its passages' code-point positions hold) is `sources/<guid>.txt`, referred to as
 * `internal://<guid>.txt`, holding its passages as PlainTextSelections; a PDF whose original is at hand is
 * instead a PDFSource of its original bytes (`sources/<guid>.pdf`) with that TextSource as its
 * Representation (specification §9.1.4 and §10.3: text selections of a PDF are made in its text).
 */
export function sourcesXml(input: QdpxSourceInput, depth: number): QdpxSourcesOutput {
  const { refs } = input;
  const lines: string[] = [];
  const notes: QdpxNote[] = [];
  const files = new Map<string, Uint8Array>();
  const textSource = (element: 'TextSource' | 'Representation', guid: string, document: DocumentRecord, at: number) => {
    const text = input.texts.get(document.id) ?? '';
    const path = `${fileGuid(guid)}.txt`;
    files.set(`sources/${path}`, encodeUtf8(text));
    const selections = selectionsXml(text, input.segments.get(document.id) ?? [], refs, at + 1);
    notes.push(...selections.notes);
    const attributes = xmlAttributes({ guid, name: document.title || document.fileName, plainTextPath: `internal://${path}`, creationDateTime: xsdDateTime(document.importedAt) });
    if (selections.lines.length === 0) lines.push(`${indent(at)}<${element}${attributes}/>`);
    else lines.push(`${indent(at)}<${element}${attributes}>`, ...selections.lines, `${indent(at)}</${element}>`);
  };
  for (const document of [...input.documents].sort(documentOrder)) {
    const guid = refs.guids.ofRecord('document', document.id);
    const original = input.originals.get(document.id);
    if (document.format !== 'pdf' || original === undefined) {
      textSource('TextSource', guid, document, depth + 1);
      continue;
    }
    const path = `${fileGuid(guid)}.pdf`;
    files.set(`sources/${path}`, original);
    lines.push(`${indent(depth + 1)}<PDFSource${xmlAttributes({ guid, name: document.title || document.fileName, path: `internal://${path}`, creationDateTime: xsdDateTime(document.importedAt) })}>`);
    textSource('Representation', refs.guids.derived('representation', document.id), document, depth + 2);
    lines.push(`${indent(depth + 1)}</PDFSource>`);
  }
  return { lines: lines.length === 0 ? [] : [`${indent(depth)}<Sources>`, ...lines, `${indent(depth)}</Sources>`], notes, files };
}
