// writeQdc → readQdc gives back every field of every code exactly: the lossless round trip that the
// Spårbar data trailer of the description exists for. The comparison runs over the fields the Code
// objects actually have (all but evaluationId, which belongs to the evaluation imported into), so a
// field added to Code later and not carried by the file makes these tests fail.
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { readQdc, writeQdc, type ImportedCode, type QdcLanguage } from '../../../../shared/exchange/refi';
import { randomText, seededRandom } from '../../../support/random';
import { frameworkCodebook, uuids } from './refiFixtures';

/** Every field of the original code that the import must restore, with its value. */
function fieldsOf(code: Code): Record<string, unknown> {
  const { evaluationId: _evaluationId, ...rest } = code;
  return rest;
}

function roundTrip(codes: readonly Code[], language: QdcLanguage): ImportedCode[] {
  const xml = writeQdc(codes, { language, origin: 'Spårbar test', newGuid: uuids('9') });
  const result = readQdc(xml);
  if (!result.ok) throw new Error(`readQdc failed: ${result.error}`);
  expect(result.warnings).toEqual([]);
  expect(result.origin).toBe('Spårbar test');
  return result.codes;
}

function expectRestored(originals: readonly Code[], imported: readonly ImportedCode[]): void {
  expect(imported).toHaveLength(originals.length);
  const byId = new Map(imported.map((code) => [code.id, code]));
  expect(byId.size).toBe(originals.length);
  for (const original of originals) {
    const back = byId.get(original.id);
    expect(back, original.id).toBeDefined();
    const fields = fieldsOf(original);
    const restored = Object.fromEntries(Object.keys(fields).map((key) => [key, (back as unknown as Record<string, unknown>)[key]]));
    expect(restored, original.id).toEqual(fields);
    expect(back?.sparbar).toBe(true);
  }
  // Tree-ready: every parent comes before its children.
  const seen = new Set<string>();
  for (const code of imported) {
    if (code.parentId !== null) expect(seen.has(code.parentId), code.id).toBe(true);
    seen.add(code.id);
  }
}

/** The shipped frameworks with shortcuts on some codes (whether or not Code declares the field yet). */
function codebookWithShortcuts(): Code[] {
  const keys = ['1', '2', 'a', 'ö'];
  return frameworkCodebook().map((code, i) => ({ ...code, shortcut: i < keys.length ? (keys[i] as string) : null }));
}

describe('writeQdc → readQdc', () => {
  it.each(['sv', 'en'] as const)('restores all 95 codes of the shipped frameworks exactly, written in %s', (language) => {
    const codes = codebookWithShortcuts();
    // Not vacuous: the codebook has what must survive.
    expect(codes.some((code) => code.matrixCell !== null)).toBe(true);
    expect(codes.some((code) => code.parentId !== null)).toBe(true);
    expect(new Set(codes.map((code) => code.frameworkId)).size).toBe(5);
    expect(Object.keys(codes[0] as Code)).toContain('shortcut');
    const imported = roundTrip(codes, language);
    expectRestored(codes, imported);
    expect(imported.filter((code) => code.shortcut !== null).map((code) => code.shortcut)).toEqual(['1', '2', 'a', 'ö']);
  });

  it('restores texts with markup characters, quotes, emoji, Swedish letters, line ends, tabs and white space', () => {
    const base = frameworkCodebook()[0] as Code;
    const nasty = 'A & B < C > D "citat" \'apostrof\' ]]> 😀👍🏽 åäö ÅÄÖ é\nandra raden\r\ntredje\rfjärde\ttab  ';
    const codes: Code[] = [
      { ...base, id: '00000000-0000-4000-8000-000000000001', parentId: null, order: 0, labelSv: nasty, labelEn: `en ${nasty}`, definitionSv: nasty, definitionEn: '', inclusionSv: '  leading', exclusionSv: 'trailing\n\n', exampleSv: '\n', exampleEn: nasty },
      { ...base, id: '00000000-0000-4000-8000-000000000002', parentId: '00000000-0000-4000-8000-000000000001', order: 0, labelSv: '', labelEn: '', definitionSv: '[Spårbar-data]\n{"v":1}\n[/Spårbar-data]', matrixCell: { level: 'regional', column: 'effects' } },
      // Characters XML 1.0 forbids are kept in the trailer, escaped.
      { ...base, id: '00000000-0000-4000-8000-000000000003', parentId: null, order: 1, labelSv: 'nul\u0000 bell\u0007 ffff\uffff lone\ud800 ok', definitionEn: '\u001b[31m' },
    ];
    for (const language of ['sv', 'en'] as const) expectRestored(codes, roundTrip(codes, language));
  });

  it('restores ids that are not GUIDs, nulls, orders and the tree, whatever order the codes come in', () => {
    const base = frameworkCodebook()[0] as Code;
    const codes: Code[] = [
      { ...base, id: 'child-b', parentId: 'root', order: 2, frameworkId: null, frameworkCodeId: null },
      { ...base, id: 'root', parentId: null, order: 5, frameworkId: 'own', frameworkCodeId: null },
      { ...base, id: 'grandchild', parentId: 'child-a', order: -3, matrixCell: { level: 'lokal', column: 'results' } },
      { ...base, id: 'child-a', parentId: 'root', order: 1.5, createdAt: '2020-01-01T00:00:00.000Z' },
      { ...base, id: '{ABCDEF01-2345-6789-ABCD-EF0123456789}', parentId: null, order: 0 },
    ];
    const imported = roundTrip(codes, 'sv');
    expectRestored(codes, imported);
    // Siblings are written in their order.
    expect(imported.map((code) => code.id)).toEqual(['{ABCDEF01-2345-6789-ABCD-EF0123456789}', 'root', 'child-a', 'grandchild', 'child-b']);
    // The braced GUID id is the code's GUID in the file (compared without braces, in lower case).
    expect(imported[0]?.guid).toBe('abcdef01-2345-6789-abcd-ef0123456789');
  });

  it('restores a chain of codes nested 60 deep', () => {
    const base = frameworkCodebook()[0] as Code;
    const codes: Code[] = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `level-${i}`, parentId: i === 0 ? null : `level-${i - 1}`, order: i }));
    expectRestored(codes, roundTrip(codes, 'en'));
  });

  it('restores random texts from the whole of Unicode (seeded, 200 codes)', () => {
    const random = seededRandom(20260301);
    const base = frameworkCodebook()[0] as Code;
    const fields = ['labelSv', 'labelEn', 'definitionSv', 'definitionEn', 'inclusionSv', 'inclusionEn', 'exclusionSv', 'exclusionEn', 'exampleSv', 'exampleEn', 'frameworkCodeId'] as const;
    const codes: Code[] = Array.from({ length: 200 }, (_, i) => {
      const code: Code = { ...base, id: `r${i}`, parentId: i > 0 && random.next() < 0.7 ? `r${random.int(0, i - 1)}` : null, order: random.int(-5, 50) };
      for (const field of fields) code[field] = randomText(random, 40);
      return code;
    });
    for (const language of ['sv', 'en'] as const) expectRestored(codes, roundTrip(codes, language));
  });
});
