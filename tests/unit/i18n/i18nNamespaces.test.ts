// Every namespace file of shared/i18n/ holds its strings in both languages with the same keys and
// placeholders, and sits in the assembled catalogs at the key its path names (ui/nav.ts is `ui.nav`).
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n';
import { brokenPlaceholders, differingPlaceholders, flatten } from './i18nKeys';

const ROOT = '../../../shared/i18n/';
/** The modules of shared/i18n/ that are not namespaces: the helpers, the assembly, and the `cli` namespace's help text (in cli.ts's catalog at `cli.help`). */
const NOT_NAMESPACES = ['catalog.ts', 'index.ts', 'cliHelp.ts'];

const modules = import.meta.glob<Record<string, unknown>>('../../../shared/i18n/**/*.ts', { eager: true });

interface NamespaceFile {
  /** The file under shared/i18n/, e.g. `ui/codebookEditor/form.ts`. */
  file: string;
  /** Its place in the catalogs, e.g. `ui.codebookEditor.form`. */
  key: string;
  exports: unknown[];
}

const FILES: NamespaceFile[] = Object.entries(modules)
  .map(([path, module]) => ({ file: path.slice(ROOT.length), module }))
  .filter(({ file }) => !NOT_NAMESPACES.includes(file))
  .map(({ file, module }) => ({ file, key: file.replace(/\.ts$/, '').replaceAll('/', '.'), exports: Object.values(module) }));

function languages(file: NamespaceFile): { sv: object; en: object } {
  const [texts] = file.exports;
  if (typeof texts !== 'object' || texts === null || !('sv' in texts) || !('en' in texts)) throw new Error(`${file.file} exports no { sv, en }`);
  const { sv, en } = texts as { sv: unknown; en: unknown };
  if (typeof sv !== 'object' || sv === null || typeof en !== 'object' || en === null) throw new Error(`${file.file}: sv and en must be groups`);
  return { sv, en };
}

function at(catalog: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalog);
}

describe('the namespace files', () => {
  it('are found, the command line’s and the split ones among them', () => {
    const keys = FILES.map((f) => f.key);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys).toEqual(expect.arrayContaining(['menu', 'cli', 'ui.nav', 'ui.codebookEditor', 'ui.codebookEditor.form']));
  });

  it('cover every namespace of the catalogs: a file for each top-level and each ui namespace', () => {
    const keys = new Set(FILES.map((f) => f.key));
    const namespaces = [...Object.keys(CATALOGS.sv).filter((name) => name !== 'ui'), ...Object.keys(CATALOGS.sv.ui).map((name) => `ui.${name}`)];
    expect(namespaces.filter((name) => !keys.has(name))).toEqual([]);
  });
});

describe.each(FILES.map((f) => [f.file, f] as const))('%s', (_file, file) => {
  it('exports one namespace, in Swedish and English', () => {
    expect(file.exports).toHaveLength(1);
    expect(Object.keys(file.exports[0] as object).sort()).toEqual(['en', 'sv']);
  });

  it('has the same keys in both languages, no empty strings', () => {
    const { sv, en } = languages(file);
    const svFlat = flatten(sv);
    const enFlat = flatten(en);
    expect(svFlat.size).toBeGreaterThan(0);
    expect([...enFlat.keys()].sort()).toEqual([...svFlat.keys()].sort());
    expect([...svFlat, ...enFlat].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('has the same {{placeholders}} in both languages, all well formed', () => {
    const { sv, en } = languages(file);
    const svFlat = flatten(sv);
    const enFlat = flatten(en);
    expect(differingPlaceholders(svFlat, enFlat)).toEqual([]);
    expect([...brokenPlaceholders(svFlat), ...brokenPlaceholders(enFlat)]).toEqual([]);
  });

  it('sits in the assembled catalogs at the key its path names', () => {
    const { sv, en } = languages(file);
    expect(at(CATALOGS.sv, file.key)).toBe(sv);
    expect(at(CATALOGS.en, file.key)).toBe(en);
  });
});
