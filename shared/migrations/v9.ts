import { isRecord } from '../base/guards';
import { BLOCK_KINDS, type Block, type DocumentSketch } from '../domain/document';
import { documentFingerprint, sketchOf } from '../text/textSimilarity';
import { defineStep, type StoredRecord } from './step';

type SketchBlock = Pick<Block, 'kind' | 'start' | 'end' | 'running'>;

function isSketchBlock(block: unknown): block is SketchBlock {
  return (
    isRecord(block) &&
    typeof block.start === 'number' &&
    typeof block.end === 'number' &&
    BLOCK_KINDS.some((kind) => kind === block.kind) &&
    (block.running === undefined || block.running === 'header' || block.running === 'footer')
  );
}

/** The sketch of a stored document text (its text and blocks as v8 stores them), or null when it is not one. */
function sketchOfText(record: StoredRecord): DocumentSketch | null {
  const { text, blocks } = record;
  if (typeof text !== 'string' || !Array.isArray(blocks)) return null;
  const usable = blocks.filter(isSketchBlock);
  return sketchOf(documentFingerprint({ text, blocks: usable }));
}

/**
 * v8 → v9, documents: each keeps the similarity sketch of its text (made from the stored text, as an
 * import makes it), so that finding a new document's twin compares sketches and reads no text. A
 * document whose text is missing gets null.
 */
export function documentToV9(document: StoredRecord, sketches: ReadonlyMap<string, DocumentSketch | null>): StoredRecord {
  if ('sketch' in document) return document;
  const id = typeof document.id === 'string' ? document.id : '';
  return { ...document, sketch: sketches.get(id) ?? null };
}

export const v9 = defineStep<DocumentSketch | null>({
  version: 9,
  lookup: {
    table: 'documentTexts',
    entry: (record) => (typeof record.documentId === 'string' ? [record.documentId, sketchOfText(record)] : null),
  },
  tables: { documents: documentToV9 },
});
