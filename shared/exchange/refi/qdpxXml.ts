import { isIsoDate } from '../../base/isoDate';
import { escapeXmlAttribute } from './qdcXmlText';

/** Attribute values of an element; an attribute whose value is null or undefined is left out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

/** ` name="value"` for every attribute that has a value, in the order given, escaped. */
export function xmlAttributes(values: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}

/** Indentation for an element `depth` levels below the root. */
export function indent(depth: number): string {
  return '  '.repeat(depth);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** The timestamp as an xsd:dateTime (ISO 8601 with a time zone, as Spårbar stores times), or null when it is not one. */
export function xsdDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value);
  return match && isIsoDate(match[1] as string) ? value : null;
}

/** The date as an xsd:date (`YYYY-MM-DD`, a real calendar date), or null. */
export function xsdDate(value: unknown): string | null {
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/** The number as an xsd:decimal (no exponent: 12500000, 0.0000001), or null when it is not finite. */
export function xsdDecimal(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // A tiny fraction (1e-7): written out, its trailing zeros dropped.
  return value.toFixed(20).replace(/0+$/, '');
}
