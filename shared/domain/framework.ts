import { MATRIX_COLUMNS, type CodeTexts, type MatrixCell } from './code';
import { PROJECT_LEVELS } from './project';
import { isOneOf, isRecord, isString, ShapeError } from '../base/guards';

/** A code as shipped in a framework file under `resources/frameworks/`. */
export interface FrameworkCode extends CodeTexts {
  id: string;
  parentId: string | null;
  matrixCell: MatrixCell | null;
  order: number;
}

/** A default codebook: one of the programme frameworks an evaluator codes against. */
export interface Framework {
  id: string;
  version: number;
  nameSv: string;
  nameEn: string;
  source: string;
  codes: FrameworkCode[];
}

function parseMatrixCell(value: unknown, where: string): MatrixCell | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !isOneOf(PROJECT_LEVELS, value.level) || !isOneOf(MATRIX_COLUMNS, value.column)) {
    throw new ShapeError(`${where}: matrixCell must have a level and a column`);
  }
  return { level: value.level, column: value.column };
}

function parseCode(value: unknown, index: number): FrameworkCode {
  const where = `code ${index}`;
  if (!isRecord(value)) throw new ShapeError(`${where}: not an object`);
  const { id, parentId, labelSv, labelEn, definitionSv, definitionEn, order } = value;
  if (!isString(id) || id === '') throw new ShapeError(`${where}: id missing`);
  if (!isString(labelSv) || !isString(labelEn)) throw new ShapeError(`${where} (${id}): labels missing`);
  if (parentId !== null && !isString(parentId)) throw new ShapeError(`${where} (${id}): bad parentId`);
  return {
    id,
    parentId,
    labelSv,
    labelEn,
    definitionSv: isString(definitionSv) ? definitionSv : '',
    definitionEn: isString(definitionEn) ? definitionEn : '',
    inclusionSv: isString(value.inclusionSv) ? value.inclusionSv : '',
    inclusionEn: isString(value.inclusionEn) ? value.inclusionEn : '',
    exclusionSv: isString(value.exclusionSv) ? value.exclusionSv : '',
    exclusionEn: isString(value.exclusionEn) ? value.exclusionEn : '',
    exampleSv: isString(value.exampleSv) ? value.exampleSv : '',
    exampleEn: isString(value.exampleEn) ? value.exampleEn : '',
    matrixCell: parseMatrixCell(value.matrixCell, `${where} (${id})`),
    order: typeof order === 'number' ? order : index,
  };
}

/** Checks a framework file's content; throws a ShapeError that names what is wrong. */
export function parseFramework(value: unknown): Framework {
  if (!isRecord(value)) throw new ShapeError('framework: not an object');
  const { id, version, nameSv, nameEn, source, codes } = value;
  if (!isString(id) || !isString(nameSv) || !isString(nameEn)) throw new ShapeError('framework: id or name missing');
  if (typeof version !== 'number') throw new ShapeError(`framework ${id}: version missing`);
  if (!Array.isArray(codes)) throw new ShapeError(`framework ${id}: codes missing`);
  const parsed = codes.map(parseCode);
  const ids = new Set<string>();
  for (const code of parsed) {
    if (ids.has(code.id)) throw new ShapeError(`framework ${id}: duplicate code id ${code.id}`);
    ids.add(code.id);
  }
  for (const code of parsed) {
    if (code.parentId !== null && !ids.has(code.parentId)) {
      throw new ShapeError(`framework ${id}: code ${code.id} has an unknown parent ${code.parentId}`);
    }
  }
  return { id, version, nameSv, nameEn, source: isString(source) ? source : '', codes: parsed };
}
