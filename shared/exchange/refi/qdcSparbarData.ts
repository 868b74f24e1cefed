import { MATRIX_COLUMNS, type CodeTexts, type MatrixCell } from '../../domain/code';
import { PROJECT_LEVELS } from '../../domain/project';
import { isOneOf, isRecord, isString } from '../../base/guards';
import type { QdcLanguage } from './qdcDescription';

/**
 * Spårbar's own data on a code, carried at the end of the code's <Description> for a lossless round trip.
 *
 * The REFI-QDA Codebook schema has no extension point: no xsd:any, no xsd:anyAttribute, and a Code has
 * only guid, name, isCodable and color attributes and a Description (xsd:string) and child Codes. Foreign
 * attributes or elements would make the file invalid; comments or processing instructions would be valid
 * but are dropped by every program that re-exports the codebook. So the data that has no REFI-QDA home
 * (both languages, framework ids, matrix cell, order, shortcut, the original id and creation time) goes
 * into a delimited, machine-readable trailer of the Description, after the text other programs show:
 *
 *     Resultat som projektet självt har åstadkommit …
 *
 *     Koda här: …
 *     Koda inte här: …
 *
 *     [Spårbar-data]
 *     {"v":1,"lang":"sv","id":"…","frameworkId":"results-matrix",…,"sv":{…},"en":{…}}
 *     [/Spårbar-data]
 *
 * The JSON is one line of ASCII only: every character outside printable ASCII, and < > &, is written as a
 * \uXXXX escape. So the JSON survives programs that change line ends, re-encode the file or escape
 * markup, and the markers, which contain "å", can never occur inside it: the last start marker of a
 * description is always the trailer's own. A reader drops line breaks inside the block before parsing,
 * in case a program wrapped the long line. `v` is the format's major version: fields may be added
 * without changing it; a reader refuses a trailer of another version.
 */
export const SPARBAR_DATA_START = '[Spårbar-data]';
export const SPARBAR_DATA_END = '[/Spårbar-data]';
export const SPARBAR_DATA_VERSION = 1;

export interface SparbarCodeData extends CodeTexts {
  /** The language of the code's name and visible description in the file. */
  language: QdcLanguage;
  id: string;
  frameworkId: string | null;
  frameworkCodeId: string | null;
  matrixCell: MatrixCell | null;
  /** Null when the order was not a finite number. */
  order: number | null;
  shortcut: string | null;
  createdAt: string | null;
}

/** The trailer block (start marker, JSON, end marker on three lines) for a code's data. */
export function encodeSparbarData(data: SparbarCodeData): string {
  const json = JSON.stringify({
    v: SPARBAR_DATA_VERSION,
    lang: data.language,
    id: data.id,
    frameworkId: data.frameworkId,
    frameworkCodeId: data.frameworkCodeId,
    matrixCell: data.matrixCell ? { level: data.matrixCell.level, column: data.matrixCell.column } : null,
    order: data.order,
    shortcut: data.shortcut,
    createdAt: data.createdAt,
    sv: { label: data.labelSv, definition: data.definitionSv, inclusion: data.inclusionSv, exclusion: data.exclusionSv, example: data.exampleSv },
    en: { label: data.labelEn, definition: data.definitionEn, inclusion: data.inclusionEn, exclusion: data.exclusionEn, example: data.exampleEn },
  }).replace(/[^\x20-\x7e]|[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${SPARBAR_DATA_START}\n${json}\n${SPARBAR_DATA_END}`;
}

export interface SplitDescription {
  /** The description without the trailer (and the white space before it). */
  visible: string;
  /** The code's Spårbar data, or null when there is no trailer or it could not be read. */
  data: SparbarCodeData | null;
  /** True when a start marker was found but no readable data after it. */
  damaged: boolean;
  /** Text found after the end marker (added by another program), trimmed; '' normally. */
  after: string;
}

/** Splits a <Description> into what other programs show and Spårbar's data, if it carries any. */
export function splitSparbarData(description: string): SplitDescription {
  const start = description.lastIndexOf(SPARBAR_DATA_START);
  if (start < 0) return { visible: description, data: null, damaged: false, after: '' };
  const visible = description.slice(0, start).trimEnd();
  const end = description.indexOf(SPARBAR_DATA_END, start + SPARBAR_DATA_START.length);
  if (end < 0) return { visible, data: null, damaged: true, after: '' };
  const after = description.slice(end + SPARBAR_DATA_END.length).trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(description.slice(start + SPARBAR_DATA_START.length, end).replace(/[\r\n]/g, ''));
  } catch {
    return { visible, data: null, damaged: true, after };
  }
  const data = parseSparbarData(parsed);
  return { visible, data, damaged: data === null, after };
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

interface LanguageBlock {
  label: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

function languageBlock(value: unknown): LanguageBlock | null {
  if (!isRecord(value)) return null;
  const { label, definition, inclusion, exclusion, example } = value;
  if (!isString(label) || !isString(definition) || !isString(inclusion) || !isString(exclusion) || !isString(example)) return null;
  return { label, definition, inclusion, exclusion, example };
}

function matrixCell(value: unknown): MatrixCell | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || !isOneOf(PROJECT_LEVELS, value.level) || !isOneOf(MATRIX_COLUMNS, value.column)) return undefined;
  return { level: value.level, column: value.column };
}

/** The data of a parsed trailer, checked field by field; null when anything required is missing or wrong. */
function parseSparbarData(value: unknown): SparbarCodeData | null {
  if (!isRecord(value) || value.v !== SPARBAR_DATA_VERSION) return null;
  const { lang, id, frameworkId, frameworkCodeId, order } = value;
  if (lang !== 'sv' && lang !== 'en') return null;
  if (!isString(id) || id === '' || !isNullableString(frameworkId) || !isNullableString(frameworkCodeId)) return null;
  const cell = matrixCell(value.matrixCell ?? null);
  if (cell === undefined) return null;
  const shortcut = value.shortcut ?? null;
  const createdAt = value.createdAt ?? null;
  if (!isNullableString(shortcut) || !isNullableString(createdAt)) return null;
  const sv = languageBlock(value.sv);
  const en = languageBlock(value.en);
  if (!sv || !en) return null;
  return {
    language: lang,
    id,
    frameworkId,
    frameworkCodeId,
    matrixCell: cell,
    order: typeof order === 'number' && Number.isFinite(order) ? order : null,
    shortcut,
    createdAt,
    labelSv: sv.label,
    labelEn: en.label,
    definitionSv: sv.definition,
    definitionEn: en.definition,
    inclusionSv: sv.inclusion,
    inclusionEn: en.inclusion,
    exclusionSv: sv.exclusion,
    exclusionEn: en.exclusion,
    exampleSv: sv.example,
    exampleEn: en.example,
  };
}
