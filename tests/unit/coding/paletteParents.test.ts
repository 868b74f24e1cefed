// Parents in the palette: over the shipped frameworks, every code can be applied, a parent "i stort" as
// well as a child, except the results matrix's levels and columns; the filter finds a parent and the
// codes below it by the parent's name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeFamily, inTreeOrder } from '../../../renderer/features/coding/codeFamily';
import { codeGroups } from '../../../renderer/features/coding/codeGroups';
import { flatEntries, paletteSections } from '../../../renderer/features/coding/paletteModel';
import { codesFromFramework } from '../../../shared/coding/copyFramework';
import type { Code } from '../../../shared/domain';
import { parseFramework } from '../../../shared/domain/framework';
import { en, sv } from '../../../shared/i18n';
import { code } from './fixtures';

const DIR = path.resolve(import.meta.dirname, '../../../resources/frameworks');
const ORDER = ['results-matrix', 'learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'];
const frameworks = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => parseFramework(JSON.parse(readFileSync(path.join(DIR, name), 'utf8'))))
  .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
let next = 0;
const codes: Code[] = frameworks.flatMap((framework) => codesFromFramework(framework, 'e', () => `c${next++}`, '2026-01-01T00:00:00Z'));
const family = codeFamily(codes);
const LABELS = { recent: 'Senast använda', matches: 'Träffar' };

const byFrameworkId = (id: string) => codes.find((c) => c.frameworkCodeId === id) as Code;
const ids = (list: readonly Code[]) => list.map((c) => c.frameworkCodeId);

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
  t = i18n.t;
});

describe('codeFamily over the shipped frameworks', () => {
  it('lets every parent be applied whose definition says to code passages about it as a whole', () => {
    const parents = codes.filter((c) => c.frameworkId !== 'results-matrix' && family.isParent(c));
    expect(ids(parents).sort()).toEqual(['folk', 'genomforande', 'kommunen', 'kultur', 'lardomar', 'projektledare', 'quad-helix', 'ramme', 'verktoy']);
    for (const parent of parents) {
      expect(parent.definitionSv, parent.frameworkCodeId ?? '').toMatch(/Koda här/);
      expect(family.codable(parent)).toBe(true);
    }
  });

  it('keeps the results matrix’s levels and columns as headings: the matrix counts categories', () => {
    const matrix = codes.filter((c) => c.frameworkId === 'results-matrix');
    expect(matrix.filter((c) => !family.codable(c)).every((c) => c.matrixCell === null)).toBe(true);
    expect(ids(matrix.filter((c) => !family.codable(c)))).toEqual(['nationell', 'nationell.results', 'nationell.effects', 'regional', 'regional.results', 'regional.effects', 'lokal', 'lokal.results', 'lokal.effects']);
    expect(matrix.filter((c) => c.matrixCell !== null).every(family.codable)).toBe(true);
  });

  it('indents a code under the codable codes above it', () => {
    expect(family.depth(byFrameworkId('folk'))).toBe(0);
    expect(family.depth(byFrameworkId('projektledare'))).toBe(1);
    expect(family.depth(byFrameworkId('projektledare.kreativ'))).toBe(2);
    expect(family.depth(byFrameworkId('lokal.effects.okad-tillvaxt'))).toBe(0);
  });

  it('decides by the data: a category with codes of the evaluator’s own below it stays a code, a code of one’s own under a level is one', () => {
    const level = code('level', 'Lokal nivå', { frameworkId: 'results-matrix' });
    const column = code('column', 'Effekter', { frameworkId: 'results-matrix', parentId: 'level' });
    const category = code('category', 'Ökad tillväxt', { frameworkId: 'results-matrix', parentId: 'column', matrixCell: { level: 'lokal', column: 'effects' } });
    const own = code('own', 'Fler jobb', { frameworkId: 'results-matrix', parentId: 'category', matrixCell: { level: 'lokal', column: 'effects' } });
    const underLevel = code('note', 'Övrigt på lokal nivå', { frameworkId: 'results-matrix', parentId: 'level' });
    const mine = codeFamily([level, column, category, own, underLevel]);
    expect([level, column, category, own, underLevel].map(mine.codable)).toEqual([false, false, true, true, true]);
    expect(mine.isParent(category)).toBe(true);
    expect(mine.depth(own)).toBe(1);
  });
});

describe('inTreeOrder', () => {
  it('puts each code after its parent, siblings by order, and survives a missing parent or a loop', () => {
    const a = code('a', 'A', { order: 2 });
    const b = code('b', 'B', { parentId: 'a', order: 4 });
    const c = code('c', 'C', { parentId: 'a', order: 3 });
    const orphan = code('o', 'O', { parentId: 'gone' });
    const x = code('x', 'X', { parentId: 'y' });
    const y = code('y', 'Y', { parentId: 'x' });
    expect(inTreeOrder([b, x, a, c, orphan, y]).map((c) => c.id)).toEqual(['a', 'c', 'b', 'o', 'x', 'y']);
  });
});

describe('the palette over the shipped frameworks', () => {
  it('shows a parent both as its group’s heading and as the first code of the group, children after it', () => {
    const groups = codeGroups(codes, t, 'sv', family);
    const folk = groups.find((g) => g.label === 'Framgångsfaktorer – Folk/kompetens: lokal kunskap och engagemang');
    expect(ids(folk?.codes ?? []).slice(0, 3)).toEqual(['folk', 'projektledare', 'projektledare.lokalkannedom']);
    const culture = groups.find((g) => g.label === 'Faktorer som främjar lärande – Kultur för lärande');
    expect(ids(culture?.codes ?? [])).toEqual(['kultur', 'kultur.oppenhet-tillit', 'kultur.initiativ-risktagande', 'kultur.tolerans', 'kultur.alternativtankande']);
    expect(groups.some((g) => g.label === 'Förutsättningar för samverkan (LNU) – Återkommande lärdomar' && g.codes[0]?.frameworkCodeId === 'lardomar')).toBe(true);
    expect(groups.some((g) => g.label === 'Flernivåstyre – Quad Helix' && g.codes[0]?.frameworkCodeId === 'quad-helix')).toBe(true);
    // The matrix's groups hold its categories only.
    const local = groups.find((g) => g.label === 'Lokal nivå – Effekter');
    expect(local?.codes.every((c) => c.matrixCell !== null)).toBe(true);
    expect(groups.flatMap((g) => g.codes).some((c) => !family.codable(c))).toBe(false);

    const entries = flatEntries(paletteSections(groups, [], '', 'sv', LABELS, family));
    const folkRow = entries.find((e) => e.code.frameworkCodeId === 'folk');
    expect(folkRow).toMatchObject({ broad: true, depth: 0 });
    expect(entries.find((e) => e.code.frameworkCodeId === 'projektledare')).toMatchObject({ broad: true, depth: 1 });
    expect(entries.find((e) => e.code.frameworkCodeId === 'projektledare.kreativ')).toMatchObject({ broad: false, depth: 2 });
    // The arrow keys walk the parent's row first, then its children.
    const at = entries.indexOf(folkRow as (typeof entries)[number]);
    expect(entries.slice(at, at + 3).map((e) => e.code.frameworkCodeId)).toEqual(['folk', 'projektledare', 'projektledare.lokalkannedom']);
  });

  it('finds a parent by its name first and the codes below it after, in either language', () => {
    const groups = codeGroups(codes, t, 'sv', family);
    const below = [...codes.filter((c) => family.ancestors(c).some((a) => a.frameworkCodeId === 'folk'))];
    for (const query of ['Folk', 'folk/kompetens', 'People']) {
      const matches = flatEntries(paletteSections(groups, [], query, 'sv', LABELS, family));
      expect(matches[0]?.code.frameworkCodeId, query).toBe('folk');
      expect(matches[0]?.broad).toBe(true);
      expect(matches[0]?.groupLabel).toBe('Framgångsfaktorer – Folk/kompetens: lokal kunskap och engagemang');
      for (const child of below) expect(matches.map((e) => e.code.id), `${query} ${child.frameworkCodeId}`).toContain(child.id);
    }
    // By a word of the parent's definition, too.
    expect(flatEntries(paletteSections(groups, [], 'lärandekulturen', 'sv', LABELS, family))[0]?.code.frameworkCodeId).toBe('kultur');
    // The matrix's levels are found through their categories, never as codes.
    const local = flatEntries(paletteSections(groups, [], 'lokal nivå ökad', 'sv', LABELS, family));
    expect(ids(local.map((e) => e.code))).toContain('lokal.effects.okad-tillvaxt');
    expect(ids(local.map((e) => e.code))).not.toContain('regional.effects.nya-samverkansparter');
    expect(local.every((e) => e.code.matrixCell !== null)).toBe(true);
    expect(flatEntries(paletteSections(groups, [], 'Nationell nivå', 'sv', LABELS, family)).some((e) => !family.codable(e.code))).toBe(false);
  });

  it('lists a parent just used among the recent codes, still as a parent', () => {
    const groups = codeGroups(codes, t, 'sv', family);
    const sections = paletteSections(groups, [byFrameworkId('quad-helix').id], '', 'sv', LABELS, family);
    expect(sections[0]?.entries.map((e) => [e.code.frameworkCodeId, e.broad])).toEqual([['quad-helix', true]]);
  });
});
