import { nameUuid } from '../../formats/crypto/nameUuid';
import { isGuid } from './qdcValues';

/** The namespace of every name-based GUID Spårbar writes into a REFI-QDA project (a fixed random UUID). */
export const SPARBAR_GUID_NAMESPACE = 'c48aec33-46a6-491e-acf0-61147367db15';

/**
 * The GUIDs of a REFI-QDA project written from an evaluation, the same every time the same evaluation is
 * exported: a Spårbar id that is a UUID (as every id the app makes is) is used as it is; any other id
 * (older or hand-made records, the demo's tests) and anything that has no id of its own (a user, a
 * coding, a note, a variable, a PDF's text) gets the name-based UUID (version 5) of its kind and key.
 */
export interface QdpxGuids {
  /** The GUID of a record of `kind` (a code, a document, a segment, a project) with the id `id`. */
  ofRecord(kind: 'code' | 'document' | 'segment' | 'project', id: string): string;
  /** A GUID derived from a kind and its keys (e.g. `coding`, segment id, code id). */
  derived(kind: string, ...keys: readonly string[]): string;
  /** The GUID of a coder, from their name as Spårbar keeps it (trimmed). */
  ofUser(name: string): string;
}

export function qdpxGuids(): QdpxGuids {
  const derived = (kind: string, ...keys: readonly string[]) => nameUuid(SPARBAR_GUID_NAMESPACE, [kind, ...keys].join('\u0000'));
  return {
    ofRecord: (kind, id) => (isGuid(id) ? id : derived(kind, id)),
    derived,
    ofUser: (name) => derived('user', name.trim()),
  };
}
