import type { Code, CodeTexts, Id } from '../domain';
import type { ImportedCode } from './importedCode';
import { normaliseShortcut } from './newCode';

/** What importing a codebook file would add to an evaluation's codebook. */
export interface ImportPlan {
  /** The new codes with fresh ids, every parent before its children. */
  add: Code[];
  /** Codes of the file that are already in the codebook (the same code, or the same framework code). */
  skipped: number;
  /** True when some shortcuts of the file were left out because they are taken here. */
  shortcutsDropped: boolean;
  /** The new codes that hang under no other new code: their framework (null: own codes) and label. */
  topLevel: { frameworkId: string | null; label: string }[];
}

function texts(code: ImportedCode): CodeTexts {
  const { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn } = code;
  return { labelSv, labelEn, definitionSv, definitionEn, inclusionSv, inclusionEn, exclusionSv, exclusionEn, exampleSv, exampleEn };
}

function names(texts: CodeTexts): string[] {
  return [texts.labelSv, texts.labelEn].map((name) => name.normalize('NFC').trim().toLocaleLowerCase('sv')).filter((name) => name !== '');
}

/** Whether two codes share a name (in either language, ignoring case). */
function sameName(a: CodeTexts, b: CodeTexts): boolean {
  const theirs = names(b);
  return names(a).some((name) => theirs.includes(name));
}

/**
 * Maps the codes read from a REFI-QDA file onto an evaluation's codebook.
 *
 * - A code that is already there is skipped and its children hang under the code that is there: the
 *   same code (a file exported from this evaluation), the same code of the same framework (a file
 *   exported from another evaluation that codes against the same framework), or a code of the same name
 *   in the same place (a file imported before). So importing a file twice adds nothing the second time.
 * - Every other code is added with a fresh id and its parent mapped. A code keeps its framework only when
 *   the file carries Spårbar's framework id (a child always takes its parent's); all others become the
 *   evaluator's own codes (framework null), as do codes of other programs.
 * - New codes come after the codes already under the same parent. Shortcuts that are taken are left out.
 */
export function planCodebookImport(existing: readonly Code[], imported: readonly ImportedCode[], evaluationId: Id, newId: () => Id, now: string): ImportPlan {
  const byId = new Map(existing.map((code) => [code.id, code]));
  const byFrameworkCode = new Map(existing.filter((code) => code.frameworkId !== null && code.frameworkCodeId !== null).map((code) => [`${code.frameworkId}\u0000${code.frameworkCodeId}`, code]));
  const taken = new Set(existing.map((code) => code.shortcut).filter((key): key is string => key !== null));
  /** Where each code of the file ended up: an existing code or a new one. */
  const placed = new Map<string, Code>();
  const added = new Set<Id>();
  const nextOrder = new Map<string, number>();
  const orderKey = (parentId: Id | null, frameworkId: string | null) => (parentId === null ? `top\u0000${frameworkId ?? ''}` : `in\u0000${parentId}`);
  const firstFreeOrder = (parentId: Id | null, frameworkId: string | null) =>
    existing.filter((code) => (parentId === null ? code.parentId === null && code.frameworkId === frameworkId : code.parentId === parentId)).reduce((max, code) => Math.max(max, code.order), -1) + 1;

  const add: Code[] = [];
  let skipped = 0;
  let shortcutsDropped = false;
  // The file lists every parent before its children, and siblings in their order: number them in turn.
  for (const code of imported) {
    const same = (code.sparbar ? byId.get(code.id) : undefined) ?? (code.frameworkId !== null && code.frameworkCodeId !== null ? byFrameworkCode.get(`${code.frameworkId}\u0000${code.frameworkCodeId}`) : undefined);
    if (same && same.evaluationId === evaluationId) {
      placed.set(code.id, same);
      skipped++;
      continue;
    }
    const parent = code.parentId === null ? null : (placed.get(code.parentId) ?? null);
    const frameworkId = parent ? parent.frameworkId : code.sparbar ? code.frameworkId : null;
    const namesake = existing.find(
      (other) => other.parentId === (parent?.id ?? null) && (parent !== null || other.frameworkId === frameworkId) && sameName(other, code),
    );
    if (namesake) {
      placed.set(code.id, namesake);
      skipped++;
      continue;
    }
    const key = orderKey(parent?.id ?? null, frameworkId);
    const order = nextOrder.get(key) ?? firstFreeOrder(parent?.id ?? null, frameworkId);
    nextOrder.set(key, order + 1);
    let shortcut = normaliseShortcut(code.shortcut);
    if (shortcut !== null && taken.has(shortcut)) {
      shortcut = null;
      shortcutsDropped = true;
    }
    if (shortcut !== null) taken.add(shortcut);
    const created: Code = {
      ...texts(code),
      id: newId(),
      evaluationId,
      frameworkId,
      frameworkCodeId: frameworkId !== null ? code.frameworkCodeId : null,
      parentId: parent?.id ?? null,
      matrixCell: frameworkId !== null ? (code.matrixCell ?? parent?.matrixCell ?? null) : null,
      colour: code.colour,
      shortcut,
      order,
      createdAt: now,
    };
    placed.set(code.id, created);
    added.add(created.id);
    add.push(created);
  }
  const topLevel = add.filter((code) => code.parentId === null || !added.has(code.parentId)).map((code) => ({ frameworkId: code.frameworkId, label: code.labelSv || code.labelEn }));
  return { add, skipped, shortcutsDropped, topLevel };
}
