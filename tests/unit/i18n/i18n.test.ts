import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_ERROR_CODES, importErrorKey } from '../../../shared/domain/importError';
import { IMPORT_WARNING_CODES } from '../../../shared/domain/importWarning';
import { SOURCE_FORMATS } from '../../../shared/domain/sourceFormat';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../../shared/domain/document';
import { MATRIX_COLUMNS } from '../../../shared/domain/code';
import { PROJECT_LEVELS } from '../../../shared/domain/project';
import type { FieldError } from '../../../shared/domain/formErrors';
import { catalogFor, en, sv, translate } from '../../../shared/i18n';
import type { DatabaseProblem } from '../../../renderer/store/dexie/openDatabase';
import { brokenPlaceholders, differingPlaceholders, flatten } from './i18nKeys';

const PAIRS: [string, object, object][] = [['the assembled catalogs (CATALOGS.sv, CATALOGS.en)', sv, en]];

describe.each(PAIRS)('%s', (_name, svCatalog, enCatalog) => {
  const svFlat = flatten(svCatalog);
  const enFlat = flatten(enCatalog);

  it('are not empty', () => {
    expect(svFlat.size).toBeGreaterThan(20);
  });

  it('have every Swedish key in English', () => {
    expect([...svFlat.keys()].filter((key) => !enFlat.has(key))).toEqual([]);
  });

  it('have every English key in Swedish', () => {
    expect([...enFlat.keys()].filter((key) => !svFlat.has(key))).toEqual([]);
  });

  it('have no empty strings', () => {
    const empty = [...svFlat, ...enFlat].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages for each key', () => {
    expect(differingPlaceholders(svFlat, enFlat)).toEqual([]);
  });

  it('have only well-formed placeholders (no single braces left over)', () => {
    expect([...brokenPlaceholders(svFlat), ...brokenPlaceholders(enFlat)]).toEqual([]);
  });
});

describe('translate', () => {
  it('looks up a dotted key and fills placeholders', () => {
    expect(translate(sv, 'dialog.tooLarge', { name: 'slutrapport.txt' })).toBe('Filen slutrapport.txt är för stor för att öppnas (högst 256 MB). Dela upp den, eller spara den utan bilder, och försök igen.');
    expect(translate(en, 'dialog.tooManyFiles', { count: 600, max: 500 })).toBe('You chose 600 files. Choose at most 500 files at a time.');
    expect(translate(sv, 'menu.file')).toBe('Arkiv');
  });

  it('fills every occurrence and tolerates spaces inside the braces', () => {
    expect(translate({ a: '{{x}} och {{ x }} och {{y}}' }, 'a', { x: 1, y: 'två' })).toBe('1 och 1 och två');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate(sv, 'dialog.tooManyFiles', { count: 3 })).toBe('Du valde 3 filer. Välj högst {{max}} filer åt gången.');
  });

  it('does not take values from the prototype chain', () => {
    expect(translate({ a: '{{toString}}' }, 'a', {})).toBe('{{toString}}');
  });

  it('returns the key for unknown keys, groups and keys that go too deep', () => {
    expect(translate(sv, 'menu.nothingHere')).toBe('menu.nothingHere');
    expect(translate(sv, 'nothing.at.all')).toBe('nothing.at.all');
    expect(translate(sv, 'menu')).toBe('menu');
    expect(translate(sv, 'menu.file.deeper')).toBe('menu.file.deeper');
    expect(translate(sv, '')).toBe('');
  });

  it('picks the catalog of the report language', () => {
    expect(catalogFor('sv')).toBe(sv);
    expect(catalogFor('en')).toBe(en);
  });
});

describe('keys used by the renderer', () => {
  const RENDERER = fileURLToPath(new URL('../../../renderer/', import.meta.url));
  const svAll = flatten(sv);
  const enAll = flatten(en);

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  }

  /** Every literal key in t('…') or t("…") calls, with where it was found. */
  function literalKeys(): { key: string; where: string }[] {
    const found: { key: string; where: string }[] = [];
    for (const path of sourceFiles(RENDERER)) {
      const source = readFileSync(path, 'utf8');
      for (const match of source.matchAll(/(?<![\w.$])t\(\s*(['"])((?:(?!\1)[^\\\n])+)\1/g)) {
        found.push({ key: match[2] as string, where: path.slice(RENDERER.length) });
      }
    }
    return found;
  }

  it('finds the t() calls of the screens (the scan works)', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.some((k) => k.key === 'ui.common.cancel')).toBe(true);
  });

  it('has every literal t() key of renderer/ in both languages', () => {
    const missing = literalKeys()
      .filter(({ key }) => !svAll.has(key) || !enAll.has(key))
      .map(({ key, where }) => `${key} (${where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has every key the screens build from values (validation, import errors and warnings, levels, columns, types)', () => {
    const fieldErrors: FieldError[] = ['required', 'notANumber', 'negative', 'badDate', 'endBeforeStart', 'tooLong'];
    const databaseProblems: DatabaseProblem[] = ['blocked', 'newerVersion', 'quota', 'unavailable', 'unknown'];
    const keys = [
      ...fieldErrors.map((e) => `ui.validation.${e}`),
      ...IMPORT_ERROR_CODES.flatMap((code) => [importErrorKey(code, 'importError'), importErrorKey(code, 'tableError')]),
      ...IMPORT_WARNING_CODES.map((code) => `importWarning.${code}`),
      ...SOURCE_FORMATS.map((format) => `ui.import.format.${format}`),
      ...databaseProblems.flatMap((p) => [`ui.dbError.${p}.title`, `ui.dbError.${p}.body`]),
      ...PROJECT_LEVELS.flatMap((l) => [`level.${l}`, `levelShort.${l}`]),
      ...MATRIX_COLUMNS.map((c) => `column.${c}`),
      ...DOCUMENT_TYPES.map((d) => `documentType.${d}`),
    ];
    expect(keys.filter((key) => !svAll.has(key) || !enAll.has(key))).toEqual([]);
  });
});
