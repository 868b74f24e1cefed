import type { SourceMetadata } from '../importTypes';
import { isoDateOfTimestamp } from '../../../formats/xml/timestampDate';
import { parseXml } from '../../../formats/xml/parseXml';
import { ODF_NAMESPACES } from './namespaces';

const ORGANISATION_FIELDS = /^(company|organi[sz]ation|organisation|företag|organisation)$/i;

/**
 * Metadata from meta.xml: dc:title; the author (meta:initial-creator, else dc:creator, the last editor);
 * the date (dc:date, the last save, else meta:creation-date); an organisation from a user-defined field
 * named Company, Organisation or Företag.
 */
export function odtMetadata(source: string | null): SourceMetadata {
  const values = new Map<string, string>();
  if (source !== null) {
    let current: string | null = null;
    let buffer = '';
    let depth = 0;
    parseXml(
      source,
      ODF_NAMESPACES,
      {
        open(name, attributes) {
          depth++;
          if (depth !== 3) return;
          if (name === 'meta:user-defined') {
            const field = attributes.get('meta:name') ?? '';
            current = ORGANISATION_FIELDS.test(field.trim()) ? 'organisation' : null;
          } else {
            current = name;
          }
          buffer = '';
        },
        close() {
          if (depth === 3 && current !== null) {
            const value = buffer.trim();
            if (value && !values.has(current)) values.set(current, value);
            current = null;
          }
          depth--;
        },
        text(text) {
          if (current !== null) buffer += text;
        },
      },
      'meta.xml',
    );
  }
  return {
    title: values.get('dc:title') ?? null,
    author: values.get('meta:initial-creator') ?? values.get('dc:creator') ?? null,
    organisation: values.get('organisation') ?? null,
    date: isoDateOfTimestamp(values.get('dc:date')) ?? isoDateOfTimestamp(values.get('meta:creation-date')),
  };
}
