// What writeQdc puts in the file for other programs: GUIDs, names, colours, the tree and the description.
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { readQdc, writeQdc, type ImportedCode } from '../../../../shared/exchange/refi';
import { frameworkCodebook, uuids } from './refiFixtures';

const base = frameworkCodebook()[0] as Code;
const G = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function code(id: string, extra: Partial<Code> = {}): Code {
  return { ...base, id, parentId: null, order: 0, ...extra };
}

/** The codes' attributes as another program sees them, in document order. */
function attributesOf(xml: string): Record<string, string>[] {
  return Array.from(xml.matchAll(/<Code ([^>]*)>/g), (match) => Object.fromEntries(Array.from((match[1] as string).matchAll(/(\w+)="([^"]*)"/g), (a) => [a[1] as string, a[2] as string])));
}

function read(xml: string): ImportedCode[] {
  const result = readQdc(xml);
  if (!result.ok) throw new Error(result.error);
  return result.codes;
}

describe('writeQdc', () => {
  it('uses a code’s id as its GUID when it is one, and a new GUID when it is not or is taken', () => {
    const xml = writeQdc([code(G(1)), code('own-id'), code(G(1)), code('{ABCDEF01-2345-6789-ABCD-EF0123456789}')], { language: 'sv', origin: 'S', newGuid: uuids('a') });
    expect(attributesOf(xml).map((a) => a.guid)).toEqual([G(1), '0000000a-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000002', '{ABCDEF01-2345-6789-ABCD-EF0123456789}']);
    expect(attributesOf(xml).every((a) => a.isCodable === 'true')).toBe(true);
  });

  it('refuses an empty codebook and a newGuid that gives no GUID or only taken ones', () => {
    expect(() => writeQdc([], { language: 'sv', origin: 'S', newGuid: uuids() })).toThrow(RangeError);
    expect(() => writeQdc([code('x')], { language: 'sv', origin: 'S', newGuid: () => 'x' })).toThrow(/not a GUID/);
    expect(() => writeQdc([code(G(1)), code('x')], { language: 'sv', origin: 'S', newGuid: () => G(1) })).toThrow(/already used/);
  });

  it('names a code by its label in the language, else the other language’s, else “untitled”', () => {
    const codes = [code(G(1), { labelSv: 'Svensk', labelEn: 'English' }), code(G(2), { labelSv: ' ', labelEn: 'Only English' }), code(G(3), { labelSv: '', labelEn: '' })];
    expect(attributesOf(writeQdc(codes, { language: 'sv', origin: 'S', newGuid: uuids() })).map((a) => a.name)).toEqual(['Svensk', 'Only English', 'Namnlös kod']);
    expect(attributesOf(writeQdc(codes, { language: 'en', origin: 'S', newGuid: uuids() })).map((a) => a.name)).toEqual(['English', 'Only English', 'Untitled code']);
  });

  it('writes colours as #rrggbb in lower case, and none where the colour is not one', () => {
    const xml = writeQdc([code(G(1), { colour: '#ABCDEF' }), code(G(2), { colour: '#abc' }), code(G(3), { colour: 'red' })], { language: 'sv', origin: 'S', newGuid: uuids() });
    expect(attributesOf(xml).map((a) => a.color)).toEqual(['#abcdef', '#aabbcc', undefined]);
  });

  it('escapes markup and line ends in attributes and leaves out characters XML forbids', () => {
    const xml = writeQdc([code(G(1), { labelSv: 'a & "b" <c>\nd\u0001\ufffe' })], { language: 'sv', origin: 'x "y" & z', newGuid: uuids() });
    expect(xml).toContain('name="a &amp; &quot;b&quot; &lt;c&gt;&#10;d"');
    expect(xml).toContain('origin="x &quot;y&quot; &amp; z"');
    // eslint-disable-next-line no-control-regex -- checking that no forbidden control character is left is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('shows the definition and the notes that are not empty, labelled in the language', () => {
    const texts = { definitionSv: 'Def sv', definitionEn: 'Def en', inclusionSv: 'Ja', inclusionEn: 'Yes', exclusionSv: '', exclusionEn: ' ', exampleSv: '”Citat”', exampleEn: '“Quote”' };
    const sv = writeQdc([code(G(1), texts)], { language: 'sv', origin: 'S', newGuid: uuids() });
    expect(sv).toContain('<Description>Def sv\n\nKoda här: Ja\nExempel: ”Citat”\n\n[Spårbar-data]\n');
    const en = writeQdc([code(G(1), texts)], { language: 'en', origin: 'S', newGuid: uuids() });
    expect(en).toContain('<Description>Def en\n\nCode here: Yes\nExample: “Quote”\n\n[Spårbar-data]\n');
    expect(read(en)[0]?.description).toBe('Def en\n\nCode here: Yes\nExample: “Quote”');
    // Without any text, the description is the trailer alone; the trailer is ASCII.
    const bare = writeQdc([code(G(1), { definitionSv: '', inclusionSv: '', exclusionSv: '', exampleSv: '', labelEn: 'Ö' })], { language: 'sv', origin: 'S', newGuid: uuids() });
    expect(bare).toMatch(/<Description>\[Spårbar-data\]\n[\x20-\x7e]+\n\[\/Spårbar-data\]<\/Description>/);
  });

  it('writes codes without their parent at the top and breaks cycles of parents, losing no code', () => {
    const codes = [code('a', { parentId: 'b', order: 0 }), code('b', { parentId: 'a', order: 1 }), code('orphan', { parentId: 'gone', order: 2 }), code('self', { parentId: 'self', order: 3 })];
    const back = read(writeQdc(codes, { language: 'sv', origin: 'S', newGuid: uuids() }));
    expect(back.map((c) => [c.id, c.parentId])).toEqual([
      ['orphan', null],
      ['self', null],
      ['a', null],
      ['b', 'a'],
    ]);
  });
});
