/** A REFI-QDA project's elements as read from project.qde, before anything is made of them (refiProjectReader.ts reads them). */

export interface RawCoding {
  /** The code's GUID, normalised (normaliseGuid). */
  codeGuid: string;
  /** The coding user's GUID, normalised, or ''. */
  user: string;
  created: string | null;
}

export interface RawSelection {
  guid: string;
  name: string;
  /** The positions as the file writes them; null when missing or not an integer. */
  start: number | null;
  end: number | null;
  user: string;
  created: string | null;
  description: string;
  noteRefs: string[];
  codings: RawCoding[];
}

/** A source whose text Spårbar can take: a TextSource, or a PDFSource's text Representation. */
export interface RawTextSource {
  guid: string;
  name: string;
  kind: 'text' | 'pdf';
  plainTextPath: string | null;
  /** Text given in the project itself (<PlainTextContent>), or null. */
  content: string | null;
  created: string | null;
  selections: RawSelection[];
}

export interface RawVariableValue {
  variableGuid: string;
  value: string;
}

export interface RawCase {
  guid: string;
  name: string;
  description: string;
  values: RawVariableValue[];
  sourceGuids: string[];
  selectionGuids: string[];
}

export interface RawVariable {
  guid: string;
  name: string;
}

export interface RawNote {
  guid: string;
  name: string;
  /** The note's text given in the project, or null (then it may be in a file). */
  content: string | null;
  plainTextPath: string | null;
}

export interface ProjectModel {
  name: string;
  origin: string | null;
  description: string;
  /** User GUID (normalised) → name. */
  users: Map<string, string>;
  sources: RawTextSource[];
  cases: RawCase[];
  variables: RawVariable[];
  notes: Map<string, RawNote>;
}

export function emptyModel(): ProjectModel {
  return { name: '', origin: null, description: '', users: new Map(), sources: [], cases: [], variables: [], notes: new Map() };
}
