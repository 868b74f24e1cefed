/**
 * How the stream reader converts a column's values as written once its type is decided (csvStreamReader.ts):
 * the common inferred types directly, the rest through their converter.
 */
import { parseNumberAs, type NumberNotation } from '../cellValues';
import type { CellConverter } from '../columnStats';
import type { CellValue, ColumnType } from '../../../domain/tableValues';

export const isNumberType = (type: ColumnType): boolean => type === 'integer' || type === 'decimal' || type === 'percent';

/** A trimmed, non-empty value (`cell` as written) as its column's kind converts it; undefined when it does not fit. */
export function convertAs(kind: number, cell: string, trimmed: string, converter: CellConverter): CellValue | undefined {
  switch (kind) {
    case KIND_TEXT:
      return cell;
    case KIND_SV_NUMBER:
      return parseNumberAs(trimmed, 'sv');
    case KIND_EN_NUMBER:
      return parseNumberAs(trimmed, 'en');
    default:
      return converter(trimmed);
  }
}

const KIND_TEXT = 0;
/** A number column whose type was inferred, so every value already parsed in its notation. */
const KIND_SV_NUMBER = 1;
const KIND_EN_NUMBER = 2;
const KIND_CONVERTER = 3;

export function conversionKind(type: ColumnType, notation: NumberNotation, inferred: boolean): number {
  if (type === 'text') return KIND_TEXT;
  if (inferred && (type === 'integer' || type === 'decimal' || type === 'percent')) return notation === 'sv' ? KIND_SV_NUMBER : KIND_EN_NUMBER;
  return KIND_CONVERTER;
}

export function modeOf(values: number[]): number {
  const tally = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const n = (tally.get(value) ?? 0) + 1;
    tally.set(value, n);
    if (n > bestCount || (n === bestCount && value > best)) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}
