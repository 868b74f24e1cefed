import { codeTextsOf, type Code } from '../../domain/code';
import { qdcCodeName, qdcVisibleDescription, type QdcLanguage } from './qdcDescription';
import { encodeSparbarData } from './qdcSparbarData';
import { normaliseColour, isGuid } from './qdcValues';
import { escapeXmlAttribute, escapeXmlText } from './qdcXmlText';

export interface QdcCodeElementsOptions {
  /** The language of the names and descriptions other programs show. */
  language: QdcLanguage;
  /**
   * A GUID for a code whose id is not one (or is one already taken): `attempt` counts the calls for the
   * same code from 0, so a deterministic source can give another GUID when the first was taken.
   */
  newGuid: (code: Code, attempt: number) => string;
}

/**
 * The <Code> elements of a codebook, nested, one line each (a codebook's .qdc and a project's
 * <CodeBook> share them: the schemas give Code the same shape), indented as if under `indentDepth`
 * levels of elements; and the GUID each code was written with.
 *
 * - The tree follows `parentId`; siblings come in `order` (then in the order given). A code whose parent
 *   is not among the codes, or that sits in a cycle of parents, is written at the top.
 * - `name` is the label in the chosen language (the other language's when it is empty), `color` the
 *   colour in lower case (left out when it is not `#rgb`/`#rrggbb`), `isCodable` always true.
 * - `guid` is the code's id when it has the GUID pattern (Spårbar's ids are UUIDs), else a GUID from
 *   `options.newGuid`; GUIDs are unique in the list.
 * - `<Description>` holds what other programs show: the definition, then the notes as labelled lines
 *   ("Koda här: …"), in the chosen language; then Spårbar's own data for a lossless round trip (both
 *   languages, framework ids, matrix cell, order, shortcut, id, creation time) in a delimited trailer:
 *   see qdcSparbarData.ts for its format and why the schema leaves no better place.
 * - Text is escaped for XML; characters XML 1.0 forbids are left out of the visible text (the trailer
 *   keeps them, escaped, so that nothing is lost).
 *
 * Throws when `newGuid` returns something that is not a GUID or keeps repeating one: the caller's mistake.
 */
export function qdcCodeElements(codes: readonly Code[], options: QdcCodeElementsOptions, indentDepth: number): { lines: string[]; guids: Map<Code, string> } {
  const guids = assignGuids(codes, options.newGuid);
  const lines: string[] = [];
  for (const step of walkTree(codes)) {
    const indent = '  '.repeat(step.depth + indentDepth);
    if (step.kind === 'close') {
      lines.push(`${indent}</Code>`);
      continue;
    }
    const code = step.code;
    const colour = normaliseColour(code.colour);
    const attributes = [
      `guid="${escapeXmlAttribute(guids.get(code) as string)}"`,
      `name="${escapeXmlAttribute(qdcCodeName(code, options.language))}"`,
      'isCodable="true"',
      ...(colour ? [`color="${colour}"`] : []),
    ].join(' ');
    lines.push(`${indent}<Code ${attributes}>`);
    lines.push(`${indent}  <Description>${escapeXmlText(description(code, options.language))}</Description>`);
    if (!step.hasChildren) lines[lines.length - 1] += `\n${indent}</Code>`;
  }
  return { lines, guids };
}

/** The visible description and, after a blank line, the Spårbar data trailer. */
function description(code: Code, language: QdcLanguage): string {
  const visible = qdcVisibleDescription(code, language);
  const trailer = encodeSparbarData({
    language,
    id: code.id,
    frameworkId: code.frameworkId,
    frameworkCodeId: code.frameworkCodeId,
    matrixCell: code.matrixCell,
    order: Number.isFinite(code.order) ? code.order : null,
    shortcut: shortcutOf(code),
    createdAt: typeof code.createdAt === 'string' ? code.createdAt : null,
    ...codeTextsOf(code),
  });
  return visible === '' ? trailer : `${visible}\n\n${trailer}`;
}

/** The code's shortcut key, read without relying on the field's presence in the type. */
function shortcutOf(code: Code): string | null {
  const shortcut = (code as { shortcut?: unknown }).shortcut;
  return typeof shortcut === 'string' ? shortcut : null;
}

/** A unique GUID per code: its id when that is a GUID not yet taken, else a new one. */
function assignGuids(codes: readonly Code[], newGuid: (code: Code, attempt: number) => string): Map<Code, string> {
  const taken = new Set<string>();
  const guids = new Map<Code, string>();
  const key = (guid: string) => guid.replace(/[{}]/g, '').toLowerCase();
  for (const code of codes) {
    let guid = code.id;
    for (let attempt = 0; !isGuid(guid) || taken.has(key(guid)); attempt++) {
      if (attempt === 10) throw new Error('writeQdc: newGuid keeps returning GUIDs already used');
      guid = newGuid(code, attempt);
      if (!isGuid(guid)) throw new Error(`writeQdc: newGuid returned ${JSON.stringify(guid)}, which is not a GUID`);
    }
    taken.add(key(guid));
    guids.set(code, guid);
  }
  return guids;
}

type Step = { kind: 'open'; code: Code; depth: number; hasChildren: boolean } | { kind: 'close'; depth: number };

/**
 * The codes in document order as open and close steps, without recursion (a deep tree cannot overflow
 * the stack). Roots are the codes without a parent among the codes; codes left over (a cycle of parents)
 * are written at the top, each starting where the cycle is first met in the input.
 */
function walkTree(codes: readonly Code[]): Step[] {
  const index = new Map(codes.map((code, i) => [code, i]));
  const ids = new Set(codes.map((code) => code.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  const byOrder = (a: Code, b: Code) => (a.order === b.order ? 0 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0) || (index.get(a) as number) - (index.get(b) as number);
  for (const list of children.values()) list.sort(byOrder);

  const steps: Step[] = [];
  const written = new Set<Code>();
  const writeFrom = (root: Code) => {
    const stack: { code: Code; depth: number; next: number; kids: Code[] }[] = [];
    const open = (code: Code, depth: number) => {
      written.add(code);
      const kids = (children.get(code.id) ?? []).filter((kid) => !written.has(kid));
      // A code whose id is shared by another is the parent of the first only.
      children.set(code.id, []);
      steps.push({ kind: 'open', code, depth, hasChildren: kids.length > 0 });
      if (kids.length > 0) stack.push({ code, depth, next: 0, kids });
    };
    open(root, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const kid = top.kids[top.next++];
      if (kid === undefined) {
        stack.pop();
        steps.push({ kind: 'close', depth: top.depth });
      } else if (!written.has(kid)) {
        open(kid, top.depth + 1);
      }
    }
  };
  for (const root of children.get(null) ?? []) if (!written.has(root)) writeFrom(root);
  for (const code of codes) if (!written.has(code)) writeFrom(code);
  return steps;
}
