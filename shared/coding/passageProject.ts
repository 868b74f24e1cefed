import type { Id, Project } from '../domain';

/**
 * The project a passage belongs to in a document: a project's document gives its passages its project; in
 * a document of the programme as a whole (no project) a passage keeps the project the evaluator said it
 * is about (null: about the programme). This is also THE MOVE RULE: a document moved from a project to
 * the programme leaves its passages with their project; moved from the programme to a project, its
 * passages take the project; a passage relocated or followed into another document does the same.
 */
export function passageProjectIn(documentProjectId: Id | null, passageProjectId: Id | null): Id | null {
  return documentProjectId ?? passageProjectId;
}

/** Whether the evaluator chooses a passage's project (only in a document of the programme as a whole). */
export function choosesPassageProject(document: { projectId: Id | null }): boolean {
  return document.projectId === null;
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/gu, ' ');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where `needle` first occurs in `haystack` as whole words (not inside a longer word), or -1. */
function wordIndex(haystack: string, needle: string): number {
  if (needle === '') return -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return at;
  }
  return -1;
}

/**
 * The project a passage of a programme document is about, guessed from its text: the project whose name
 * or code it names as whole words (case and spacing aside). Where it names several, the one named first
 * (the longer name where two start at the same place); null where it names none.
 */
export function guessPassageProject(text: string, projects: readonly Pick<Project, 'id' | 'name' | 'code'>[]): Id | null {
  const haystack = fold(text);
  let best: { id: Id; at: number; length: number } | null = null;
  for (const project of projects) {
    for (const label of [project.name, project.code]) {
      const needle = fold(label).trim();
      // A code of one or two characters ("1", "A") would be found everywhere.
      if (needle.length < 3 && !/\p{L}.*\p{N}|\p{N}.*\p{L}/u.test(needle)) continue;
      const at = wordIndex(haystack, needle);
      if (at === -1) continue;
      if (best === null || at < best.at || (at === best.at && needle.length > best.length)) best = { id: project.id, at, length: needle.length };
    }
  }
  return best?.id ?? null;
}
