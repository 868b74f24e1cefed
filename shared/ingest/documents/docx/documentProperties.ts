import type { SourceMetadata } from '../importTypes';
import { isoDateOfTimestamp } from '../../../formats/xml/timestampDate';
import { parseXml } from '../../../formats/xml/parseXml';
import { OOXML_NAMESPACES } from './namespaces';

/** Reads the text of the named top-level elements of a small XML part (by local name). */
export function readSimpleProperties(source: string, part: string, wanted: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  let current: string | null = null;
  let depth = 0;
  let buffer = '';
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name) {
        depth++;
        const local = name.slice(name.indexOf(':') + 1);
        if (depth === 2 && wanted.includes(local) && !found.has(local)) {
          current = local;
          buffer = '';
        }
      },
      close() {
        if (depth === 2 && current !== null) {
          const value = buffer.trim();
          if (value) found.set(current, value);
          current = null;
        }
        depth--;
      },
      text(text) {
        if (current !== null) buffer += text;
      },
    },
    part,
  );
  return found;
}

/**
 * Metadata from the OOXML core properties (dc:title, dc:creator, dcterms:modified, else dcterms:created)
 * and the extended properties (Company).
 */
export function docxMetadata(core: string | null, app: string | null): SourceMetadata {
  const coreValues = core ? readSimpleProperties(core, 'docProps/core.xml', ['title', 'creator', 'created', 'modified']) : new Map<string, string>();
  const appValues = app ? readSimpleProperties(app, 'docProps/app.xml', ['Company']) : new Map<string, string>();
  return {
    title: coreValues.get('title') ?? null,
    author: coreValues.get('creator') ?? null,
    organisation: appValues.get('Company') ?? null,
    date: isoDateOfTimestamp(coreValues.get('modified')) ?? isoDateOfTimestamp(coreValues.get('created')),
  };
}
