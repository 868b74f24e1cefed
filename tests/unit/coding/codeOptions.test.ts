// The auto-code list offers the codes as the palette does: a parent under its own label "(i stort)", the
// codes below it indented; the results matrix's levels and columns are not offered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeFamily } from '../../../renderer/features/coding/codeFamily';
import { codeGroups } from '../../../renderer/features/coding/codeGroups';
import { codeOptionGroups } from '../../../renderer/features/coding/codeOptions';
import { codesFromFramework } from '../../../shared/coding/copyFramework';
import { parseFramework } from '../../../shared/domain/framework';
import { en, sv } from '../../../shared/i18n';

const DIR = path.resolve(import.meta.dirname, '../../../resources/frameworks');
let next = 0;
const codes = ['results-matrix', 'learning-factors'].flatMap((id) =>
  codesFromFramework(parseFramework(JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8'))), 'e', () => `c${next++}`, '2026-01-01T00:00:00Z'),
);

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
  t = i18n.t;
  tEn = i18n.getFixedT('en');
});

describe('codeOptionGroups', () => {
  it('names a parent "(i stort)" and indents the codes below it with em spaces, in Swedish and English', () => {
    const family = codeFamily(codes);
    const groups = codeOptionGroups(codeGroups(codes, t, 'sv', family), family, t, 'sv');
    const culture = groups.find((g) => g.label === 'Faktorer som främjar lärande – Kultur för lärande');
    expect(culture?.options.slice(0, 2).map((o) => o.text)).toEqual(['Kultur för lärande (i stort)', '\u2003Öppenhet och tillit']);
    const all = groups.flatMap((g) => g.options.map((o) => o.code.frameworkCodeId));
    expect(all).not.toContain('lokal');
    expect(all).not.toContain('lokal.results');
    expect(groups.find((g) => g.label === 'Lokal nivå – Erfarenheter/Resultat')?.options[0]?.text).not.toMatch(/^\u2003|i stort/);
    const english = codeOptionGroups(codeGroups(codes, tEn, 'en', family), family, tEn, 'en');
    expect(english.flatMap((g) => g.options.map((o) => o.text))).toEqual(expect.arrayContaining(['A culture of learning (as a whole)', '\u2003Openness and trust']));
  });
});
