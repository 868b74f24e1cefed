// `npm run bench -- --only limits`: writes issue 13's five hostile files (tests/fixtures/hostile) for
// scripts/benchLimits.mjs, which reads each with the built command line and prints its time and memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandingDocx, hyphenatedText, manyPagesPdf, nestedDivsHtml, nestedTablesDocx } from '../fixtures/hostile/hostileDocuments';

/** Writes the five files into `dir`; returns each file's path and what it is. */
export function writeHostileBenchFiles(dir: string): Array<{ label: string; path: string }> {
  const files: Array<[string, string, () => Uint8Array]> = [
    ['a 300 KB DOCX that expands to 300 million characters', 'expanding.docx', expandingDocx],
    ['a 12 MB text of a-a-a-…', 'hyphens.txt', hyphenatedText],
    ['a 12 KB DOCX of 100,000 nested tables', 'nested-tables.docx', nestedTablesDocx],
    ['an HTML file of 200,000 nested divs', 'nested-divs.html', nestedDivsHtml],
    ['a 12 MB PDF of 100,000 pages', 'pages.pdf', manyPagesPdf],
  ];
  return files.map(([label, name, make]) => {
    const path = join(dir, name);
    writeFileSync(path, make());
    return { label, path };
  });
}
