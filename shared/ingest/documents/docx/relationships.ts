import type { ZipArchive } from '../../../formats/zip/readZip';
import { parseXml } from '../../../formats/xml/parseXml';
import { readXmlEntry } from '../../../formats/xml/readXmlEntry';
import { OOXML_NAMESPACES } from './namespaces';

/** One relationship of an OPC part: `target` is a part name when internal, the raw target when external. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export type Relationships = ReadonlyMap<string, Relationship>;

/** The relationships part of a part: `word/document.xml` → `word/_rels/document.xml.rels`; '' → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Reads a part's relationships (none when it has no relationships part). */
export function readRelationships(zip: ZipArchive, part: string): Relationships {
  const relationships = new Map<string, Relationship>();
  const source = readXmlEntry(zip, relationshipsPartOf(part));
  if (source === null) return relationships;
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        if (name !== 'pr:Relationship' && name !== 'Relationship') return;
        const id = attributes.get('Id');
        const type = attributes.get('Type') ?? '';
        const target = attributes.get('Target') ?? '';
        if (!id || relationships.has(id)) return;
        const external = (attributes.get('TargetMode') ?? '').toLowerCase() === 'external';
        relationships.set(id, { id, type, target: external ? target : resolvePartName(part, target), external });
      },
      close() {},
      text() {},
    },
    relationshipsPartOf(part),
  );
  return relationships;
}

/** Whether a relationship type is the one named by its last segment (Transitional and Strict URIs differ before it). */
export function isType(relationship: Relationship, name: string): boolean {
  const type = relationship.type;
  return type.length > name.length && type.charAt(type.length - name.length - 1) === '/' && type.slice(-name.length).toLowerCase() === name.toLowerCase();
}

/** The first internal relationship of a type, as a part name. */
export function findPart(relationships: Relationships, ...names: string[]): string | null {
  for (const relationship of relationships.values()) {
    if (!relationship.external && names.some((name) => isType(relationship, name))) return relationship.target;
  }
  return null;
}

/** A relationship target as a part name (zip entry name): relative to the source part's folder, or absolute. */
export function resolvePartName(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray % stays as it is
  }
  const hash = decoded.indexOf('#');
  if (hash >= 0) decoded = decoded.slice(0, hash);
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}
