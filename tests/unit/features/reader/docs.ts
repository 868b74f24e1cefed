import type { Block } from '../../../../shared/domain/document';
import { createTextModelBuilder, type BlockOptions } from '../../../../shared/ingest/documents/textModelBuilder';

/** A document's text model, built the way every importer builds one. */
export interface Doc {
  text: string;
  blocks: Block[];
}

type Entry = readonly [Block['kind'], string, BlockOptions?];

export function doc(entries: readonly Entry[]): Doc {
  const builder = createTextModelBuilder();
  for (const [kind, text, options] of entries) builder.add(kind, text, options);
  return builder.build();
}

/**
 * A long paged report like the bench's: `pages` pages of a running header, sometimes a heading, a
 * list or a table, paragraphs, and a running footer; then footnotes and comments.
 */
export function longReport(pages: number, paragraphsPerPage = 16): Doc {
  const entries: Entry[] = [];
  for (let p = 1; p <= pages; p++) {
    const page = String(p);
    entries.push(['paragraph', 'Samverkan för tillväxt – slutrapport', { page, running: 'header' }]);
    if (p % 10 === 1) entries.push(['heading', `Kapitel ${Math.ceil(p / 10)}: Resultat och lärdomar`, { page, level: 1 }]);
    if (p % 25 === 2) {
      entries.push(['listItem', 'Behovsinventering i sex kommuner', { page, list: { depth: 0, ordered: true } }]);
      entries.push(['listItem', 'Gemensam planering av yrkesutbildningar', { page, list: { depth: 0, ordered: true } }]);
    }
    if (p % 50 === 3) {
      for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) entries.push(['tableCell', `Cell ${r}.${c} på sidan ${p}`, { page, cell: { table: p, row: r, column: c, header: r === 0 } }]);
    }
    for (let i = 0; i < paragraphsPerPage; i++) {
      entries.push(['paragraph', `Sida ${p}, stycke ${i + 1}: Projektet har stärkt samverkan mellan kommunerna, regionen och näringslivet i Mellanbygden, och företagsrådet har träffats fyra gånger under året.`, { page }]);
    }
    entries.push(['paragraph', `${p}`, { page, running: 'footer' }]);
  }
  entries.push(['note', 'Enligt intervjuer hösten 2024.', { page: '3', note: { kind: 'footnote', label: '1', author: null } }]);
  entries.push(['comment', 'Stämmer siffran?', { page: '4', note: { kind: 'comment', label: '1', author: 'Amira Saleh' } }]);
  return doc(entries);
}
