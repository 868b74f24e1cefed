import type { Code, CodeTexts } from '../domain';
import type { RecordChange } from './changeSet';
import { matrixStructureIds } from './matrixStructure';
import { normaliseShortcut } from './newCode';

/** What the evaluator may change of a code in place. */
export type CodePatch = Partial<CodeFields>;

/** What the evaluator edits of a code: its texts, colour and shortcut. */
export type CodeFields = CodeTexts & { colour: string; shortcut: string | null };

/** A code's editable fields. */
export function codeFieldsOf(code: Code): CodeFields {
  const { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn, colour, shortcut } = code;
  return { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn, colour, shortcut: shortcut ?? null };
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** The colour if it is one a code may have (`#rrggbb`), else undefined. */
export function validColour(colour: string | undefined): string | undefined {
  return colour !== undefined && COLOUR.test(colour) ? colour : undefined;
}

/**
 * The changes that edit a code: a colour that is no colour is left out, the shortcut is normalised, and a
 * shortcut given to this code is taken from any other code of the codebook that had it. A level or column
 * of the results matrix (its structure, not a category: nothing is coded to it) gets no shortcut.
 */
export function editCode(codes: readonly Code[], code: Code, patch: CodePatch): RecordChange[] {
  const clean: CodePatch = { ...patch };
  if (clean.colour !== undefined && !COLOUR.test(clean.colour)) delete clean.colour;
  const changes: RecordChange[] = [];
  if ('shortcut' in clean) {
    clean.shortcut = matrixStructureIds(codes).has(code.id) ? null : normaliseShortcut(clean.shortcut);
    if (clean.shortcut !== null) {
      for (const other of codes) {
        if (other.id !== code.id && other.shortcut === clean.shortcut) changes.push({ table: 'codes', id: other.id, before: other, after: { ...other, shortcut: null } });
      }
    }
  }
  changes.push({ table: 'codes', id: code.id, before: code, after: { ...code, ...clean } });
  return changes;
}
