// Reads a .qdpx back for the tests: the zip's entries, and project.qde parsed (saxes, namespaces on) into a
// small tree of elements, so a test can count and compare what an export wrote.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The local name (the project namespace is the only one written). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data. */
  text: string;
}

/** Parses XML into its root element; throws on XML that is not well-formed. */
export function parseXmlTree(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
    const element: XmlElement = { name: tag.local, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element below (and including) `element` named `name`, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (at: XmlElement) => {
    if (at.name === name) found.push(at);
    for (const child of at.children) walk(child);
  };
  walk(element);
  return found;
}

export interface QdpxContents {
  entries: Record<string, Uint8Array>;
  xml: string;
  project: XmlElement;
  /** A source file's text by its internal:// path. */
  sourceText(internalPath: string): string;
}

export function readQdpxForTest(bytes: Uint8Array): QdpxContents {
  const entries = unzipSync(bytes);
  const qde = entries['project.qde'];
  if (!qde) throw new Error(`no project.qde among ${Object.keys(entries).join(', ')}`);
  const xml = strFromU8(qde);
  return {
    entries,
    xml,
    project: parseXmlTree(xml),
    sourceText(internalPath) {
      const entry = entries[`sources/${internalPath.replace(/^internal:\/\//, '')}`];
      if (!entry) throw new Error(`no source ${internalPath}`);
      return strFromU8(entry);
    },
  };
}
