// Among the documents `sparbar inspect` read, the ones that repeat an earlier one in another format: the
// same rule an import uses to mark a twin (shared/text/textSimilarity.ts).
import type { ImportedDocument } from '../shared/ingest/documents/importTypes';
import { documentFingerprint, findTwin, type TextFingerprint } from '../shared/text/textSimilarity';

/** Finds, for each document read, the earlier one whose text it repeats, as an import would. */
export function createTwinFinder() {
  const seen: { name: string; fingerprint: TextFingerprint }[] = [];
  return (name: string, document: ImportedDocument): { of: string; similarity: number } | null => {
    const fingerprint = documentFingerprint(document);
    const twin = findTwin(
      fingerprint,
      seen.map((earlier, index) => ({ id: String(index), duplicateOf: null, fingerprint: earlier.fingerprint })),
    );
    seen.push({ name, fingerprint });
    const of = twin ? seen[Number(twin.of)] : undefined;
    return twin && of ? { of: of.name, similarity: twin.similarity } : null;
  };
}
