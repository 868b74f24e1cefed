import type { ImportedCode } from '../../coding/importedCode';
import { EMPTY_CODE_TEXTS, type CodeTexts } from '../../domain/code';
import { refi } from '../../i18n/ui/refi';
import { parseXml, type XmlAttributes } from '../../formats/xml/parseXml';
import { comparableText, qdcCodeName, qdcVisibleDescription } from './qdcDescription';
import { splitSparbarData, type SparbarCodeData } from './qdcSparbarData';
import {
  CODEBOOK_NAMESPACE,
  PROJECT_NAMESPACE,
  QDC_LIMITS,
  type QdcErrorCode,
  type QdcWarningCode,
  type ReadQdcOptions,
  type ReadQdcResult,
} from './qdcTypes';
import { defaultColour, isGuid, normaliseColour, normaliseGuid } from './qdcValues';

/** A code as the file has it, before ids, texts and colours are settled. */
interface RawCode {
  guid: string | undefined;
  name: string | undefined;
  color: string | undefined;
  isCodable: string | undefined;
  description: string[] | null;
  /** Index of the parent in the list of raw codes, or -1 at the top. */
  parent: number;
  /** Position among its siblings. */
  position: number;
  children: number;
}

type Frame = 'root' | 'codebook' | 'codes' | 'code' | 'description' | 'sets' | 'set' | 'other';

/** Stops the parse early with an error code. */
class Stop {
  constructor(readonly error: QdcErrorCode) {}
}

/**
 * Reads the codebook of a REFI-QDA Codebook file (.qdc, root <CodeBook>) or of a REFI-QDA project
 * (.qde, root <Project>, whose <CodeBook> is taken and everything else skipped). Codes carrying
 * Spårbar's data trailer (see qdcSparbarData.ts) come back with all their fields; other programs' codes
 * get their name as both labels and their description as both definitions.
 *
 * Lenient where it can be: the elements are matched by local name in the codebook or project namespace,
 * in another namespace or in none; colours are normalised (`#ABC` → `#aabbcc`) or defaulted; a code
 * without name or GUID is kept. What is lost or changed is reported once per kind as a warning. What
 * cannot be read safely is an error, and nothing is returned: the input is not a string, empty, too
 * large or too deep, not XML, not a codebook or project, without codes, or with two codes of one GUID.
 * Never throws.
 */
export function readQdc(xml: unknown, options: ReadQdcOptions = {}): ReadQdcResult {
  if (typeof xml !== 'string') return { ok: false, error: 'invalidInput' };
  if (xml.length > QDC_LIMITS.maxXmlChars) return { ok: false, error: 'tooLarge' };
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const untitled = typeof options.untitledName === 'string' && options.untitledName.trim() !== '' ? options.untitledName : refi.sv.untitledCode;

  const raw: RawCode[] = [];
  const warnings = new Set<QdcWarningCode>();
  const state: { root: string; origin: string | null; codebookSeen: boolean } = { root: '', origin: null, codebookSeen: false };
  const frames: Frame[] = [];
  /** Index (in `raw`) of the code each open 'code' frame stands for. */
  const openCodes: number[] = [];
  let topLevel = 0;

  const handler = {
    open(name: string, attributes: XmlAttributes) {
      const local = localName(name);
      const parent = frames.length === 0 ? null : (frames[frames.length - 1] as Frame);
      let frame: Frame = 'other';
      if (parent === null) {
        if (local !== 'CodeBook' && local !== 'Project') throw new Stop('wrongRoot');
        state.root = local;
        state.origin = attributes.get('origin') ?? null;
        frame = local === 'CodeBook' ? 'codebook' : 'root';
        if (frame === 'codebook') state.codebookSeen = true;
      } else if (parent === 'root' && local === 'CodeBook' && !state.codebookSeen) {
        state.codebookSeen = true;
        frame = 'codebook';
      } else if (parent === 'codebook' && local === 'Codes') {
        frame = 'codes';
      } else if ((parent === 'codes' || parent === 'code') && local === 'Code') {
        frame = 'code';
        if (raw.length >= QDC_LIMITS.maxCodes) throw new Stop('tooLarge');
        if (openCodes.length >= QDC_LIMITS.maxDepth) throw new Stop('tooDeep');
        const parentIndex = parent === 'code' ? (openCodes[openCodes.length - 1] as number) : -1;
        const parentCode = parentIndex < 0 ? null : (raw[parentIndex] as RawCode);
        raw.push({
          guid: attributes.get('guid'),
          name: attributes.get('name'),
          color: attributes.get('color'),
          isCodable: attributes.get('isCodable'),
          description: null,
          parent: parentIndex,
          position: parentCode ? parentCode.children++ : topLevel++,
          children: 0,
        });
        openCodes.push(raw.length - 1);
      } else if (parent === 'code' && local === 'Description') {
        frame = 'description';
        const code = raw[openCodes[openCodes.length - 1] as number] as RawCode;
        code.description ??= [];
      } else if (parent === 'code' && local === 'NoteRef') {
        warnings.add('codeNotesIgnored');
      } else if ((parent === 'codebook' || parent === 'root') && local === 'Sets') {
        frame = 'sets';
      } else if (parent === 'sets' && local === 'Set') {
        frame = 'set';
      } else if (parent === 'set' && local === 'MemberCode') {
        warnings.add('setsIgnored');
      }
      frames.push(frame);
    },
    close() {
      if (frames.pop() === 'code') openCodes.pop();
    },
    text(chunk: string) {
      if (frames[frames.length - 1] !== 'description') return;
      const code = raw[openCodes[openCodes.length - 1] as number] as RawCode;
      (code.description as string[]).push(chunk);
    },
  };

  try {
    parseXml(text, { [CODEBOOK_NAMESPACE]: '', [PROJECT_NAMESPACE]: '' }, handler, 'codebook');
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    // parseXml throws ImportError('corrupt') on XML that is not well-formed; anything else is no better.
    return { ok: false, error: 'notXml' };
  }
  if (state.root === '') return { ok: false, error: 'notXml' };
  if (!state.codebookSeen) return { ok: false, error: 'noCodeBook' };
  if (raw.length === 0) return { ok: false, error: 'noCodes' };
  return settle(raw, warnings, untitled, state.origin);
}

/** The element's local name: the importer's prefix '' gives none; an unknown namespace's '?:' is dropped. */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Turns the raw codes into ImportedCodes: GUIDs checked, ids, texts, colours and orders settled. */
function settle(raw: readonly RawCode[], warnings: Set<QdcWarningCode>, untitled: string, origin: string | null): ReadQdcResult {
  const guids: string[] = [];
  const seenGuids = new Set<string>();
  const fileGuids = new Set(raw.map((code) => normaliseGuid(code.guid ?? '')));
  let missing = 0;
  for (const code of raw) {
    let guid: string;
    if (code.guid === undefined || code.guid.trim() === '') {
      warnings.add('missingGuid');
      do guid = `missing-guid-${++missing}`;
      while (fileGuids.has(guid));
    } else {
      guid = normaliseGuid(code.guid);
      if (!isGuid(guid)) warnings.add('invalidGuid');
    }
    if (seenGuids.has(guid)) return { ok: false, error: 'duplicateGuid' };
    seenGuids.add(guid);
    guids.push(guid);
  }

  const codes: ImportedCode[] = [];
  const usedIds = new Set<string>();
  let topLevelColours = 0;
  for (const [i, code] of raw.entries()) {
    const guid = guids[i] as string;
    const parent = code.parent < 0 ? null : (codes[code.parent] as ImportedCode);
    const split = splitSparbarData(code.description?.join('') ?? '');
    if (split.damaged) warnings.add('unreadableSparbarData');
    const data = split.data;

    let id = data ? data.id : guid;
    if (usedIds.has(id)) {
      if (data && !usedIds.has(guid)) warnings.add('duplicateId');
      else return { ok: false, error: 'duplicateGuid' };
      id = guid;
    }
    usedIds.add(id);

    const fileName = code.name ?? '';
    let colour = normaliseColour(code.color);
    if (colour === null) {
      if (code.color !== undefined && code.color.trim() !== '') warnings.add('invalidColour');
      colour = parent ? parent.colour : defaultColour(topLevelColours++);
    }
    const isCodable = !/^\s*(false|0)\s*$/.test(code.isCodable ?? '');
    if (!isCodable) warnings.add('notCodable');

    const common = {
      guid,
      parentGuid: parent ? parent.guid : null,
      id,
      parentId: parent ? parent.id : null,
      colour,
      isCodable,
    };
    if (data) {
      const texts = textsFromData(data, fileName, split.visible, split.after, warnings);
      codes.push({
        ...common,
        ...texts,
        order: data.order ?? code.position,
        name: fileName.trim() === '' ? qdcCodeName(texts, data.language) : fileName,
        description: split.visible,
        frameworkId: data.frameworkId,
        frameworkCodeId: data.frameworkCodeId,
        matrixCell: data.matrixCell,
        shortcut: data.shortcut,
        createdAt: data.createdAt,
        sparbar: true,
      });
    } else {
      let name = fileName;
      if (name.trim() === '') {
        warnings.add('missingName');
        name = untitled;
      }
      const description = split.visible;
      codes.push({
        ...common,
        order: code.position,
        name,
        description,
        ...EMPTY_CODE_TEXTS,
        labelSv: name,
        labelEn: name,
        definitionSv: description,
        definitionEn: description,
        frameworkId: null,
        frameworkCodeId: null,
        matrixCell: null,
        shortcut: null,
        createdAt: null,
        sparbar: false,
      });
    }
  }
  return { ok: true, codes, warnings: [...warnings], origin };
}

/**
 * Spårbar's texts of a code, with a name changed in another program taken as the new label in the
 * file's language. A description changed there is only reported: Spårbar's structured texts are kept.
 */
function textsFromData(data: SparbarCodeData, fileName: string, visible: string, after: string, warnings: Set<QdcWarningCode>): CodeTexts {
  const texts: CodeTexts = {
    labelSv: data.labelSv,
    labelEn: data.labelEn,
    definitionSv: data.definitionSv,
    definitionEn: data.definitionEn,
    inclusionSv: data.inclusionSv,
    inclusionEn: data.inclusionEn,
    exclusionSv: data.exclusionSv,
    exclusionEn: data.exclusionEn,
    exampleSv: data.exampleSv,
    exampleEn: data.exampleEn,
  };
  if (fileName.trim() !== '' && comparableText(fileName) !== comparableText(qdcCodeName(data, data.language))) {
    if (data.language === 'sv') texts.labelSv = fileName;
    else texts.labelEn = fileName;
  }
  if (after !== '' || comparableText(visible) !== comparableText(qdcVisibleDescription(data, data.language))) warnings.add('descriptionEdited');
  return texts;
}
