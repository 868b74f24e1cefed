import { parseXml } from '../../../formats/xml/parseXml';
import { OOXML_NAMESPACES } from './namespaces';
import type { NoteFormat } from './noteReferences';
import { toInt } from './styles';

export interface NoteFormats {
  footnote: NoteFormat;
  endnote: NoteFormat;
}

/** Word's defaults: footnotes 1, 2, 3 …; endnotes i, ii, iii …. */
export const DEFAULT_NOTE_FORMATS: NoteFormats = {
  footnote: { format: 'decimal', start: 1 },
  endnote: { format: 'lowerRoman', start: 1 },
};

/** The note number formats of settings.xml (w:footnotePr, w:endnotePr), over the defaults. */
export function parseNoteSettings(source: string | null, part: string): NoteFormats {
  const formats: NoteFormats = { footnote: { ...DEFAULT_NOTE_FORMATS.footnote }, endnote: { ...DEFAULT_NOTE_FORMATS.endnote } };
  if (source === null) return formats;
  const path: string[] = [];
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        path.push(name);
        if (path.length !== 3) return;
        const target = path[1] === 'w:footnotePr' ? formats.footnote : path[1] === 'w:endnotePr' ? formats.endnote : null;
        if (!target) return;
        if (name === 'w:numFmt') target.format = attributes.get('w:val') ?? target.format;
        else if (name === 'w:numStart') target.start = toInt(attributes.get('w:val')) ?? target.start;
      },
      close() {
        path.pop();
      },
      text() {},
    },
    part,
  );
  return formats;
}

/**
 * Section-level note formats override the document's: the last section's w:footnotePr/w:endnotePr are
 * looked for in the document's text without parsing it (they are rare and small).
 */
export function withSectionNoteFormats(formats: NoteFormats, documentXml: string): NoteFormats {
  return { footnote: sectionFormat(formats.footnote, documentXml, 'footnotePr'), endnote: sectionFormat(formats.endnote, documentXml, 'endnotePr') };
}

function sectionFormat(format: NoteFormat, xml: string, element: string): NoteFormat {
  const last = xml.lastIndexOf(element);
  if (last < 0) return format;
  const first = xml.lastIndexOf(element, last - 1);
  const snippet = first >= 0 && last - first < 2000 ? xml.slice(first, last) : xml.slice(last, last + 500);
  const numFmt = /<(?:[\w.-]+:)?numFmt\b[^>]*?\bval\s*=\s*["']([^"']+)["']/.exec(snippet)?.[1];
  const numStart = /<(?:[\w.-]+:)?numStart\b[^>]*?\bval\s*=\s*["'](\d+)["']/.exec(snippet)?.[1];
  return { format: numFmt ?? format.format, start: numStart ? Number(numStart) : format.start };
}

const SECTION = /<(?:[\w.-]+:)?sectPr\b(?:[^>]*\/>|[\s\S]*?<\/(?:[\w.-]+:)?sectPr>)/g;
const SECTION_TYPE = /<(?:[\w.-]+:)?type\b[^>]*?\bval\s*=\s*["'](\w+)["']/;

/** Each section's w:type in document order ('nextPage' when unstated), found without parsing the document. */
export function sectionTypes(documentXml: string): string[] {
  const types: string[] = [];
  for (const match of documentXml.matchAll(SECTION)) types.push(SECTION_TYPE.exec(match[0])?.[1] ?? 'nextPage');
  return types;
}
