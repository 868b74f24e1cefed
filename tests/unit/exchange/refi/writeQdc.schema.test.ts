// writeQdc's output against the official REFI-QDA Codebook schema (QDA-XML 1.0, Codebook-mrt2019.xsd),
// validated by libxml2 (xmllint-wasm). The schema lives in ../shared/corpus/refi beside the repository and
// is never copied into it: where it is missing these tests are skipped, and say so in their names.
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { writeQdc } from '../../../../shared/exchange/refi';
import { frameworkCodebook, uuids, validateAgainstCodebookXsd, xsdExists } from './refiFixtures';

const SKIPPED = xsdExists ? '' : ' (SKIPPED: ../shared/corpus/refi/Codebook-mrt2019.xsd is not beside the repository)';

function hostileCodebook(): Code[] {
  const base = frameworkCodebook()[0] as Code;
  return [
    { ...base, id: 'not-a-uuid', parentId: null, order: 0, labelSv: 'A & B <c> "d" \'e\' ]]> 😀 åäö\nny rad\ttab', colour: '#ABCDEF' },
    // Characters XML 1.0 forbids, a lone surrogate and U+FFFF: left out of the visible text, kept in the trailer.
    { ...base, id: '{0DCEF2F5-E55C-49DA-8C33-9B0803C7AEB4}', parentId: 'not-a-uuid', order: 1, labelSv: 'ctrl\u0001\u0008\u000b\u000c\u001f\ud800x\uffff', definitionSv: 'bell\u0007 and\r\nCRLF', colour: '#abc' },
    // No label in either language; a colour that is not one; a parent that does not exist.
    { ...base, id: 'orphan', parentId: 'missing', order: 2, labelSv: '', labelEn: '', colour: 'red' },
    // A cycle of parents.
    { ...base, id: 'cycle-a', parentId: 'cycle-b', order: 3 },
    { ...base, id: 'cycle-b', parentId: 'cycle-a', order: 4 },
    // Two codes with one id.
    { ...base, id: '00000000-0000-4000-8000-0000000000aa', parentId: null, order: 5 },
    { ...base, id: '00000000-0000-4000-8000-0000000000aa', parentId: null, order: 6 },
  ];
}

describe(`writeQdc against the REFI-QDA Codebook schema${SKIPPED}`, () => {
  it.skipIf(!xsdExists)('writes the shipped frameworks (98 codes, nested) as a valid codebook, in Swedish and in English', async () => {
    const codes = frameworkCodebook();
    expect(codes).toHaveLength(98);
    for (const language of ['sv', 'en'] as const) {
      const xml = writeQdc(codes, { language, origin: 'Spårbar 0.1.0', newGuid: uuids('ff') });
      expect(xml.match(/<Code /g)).toHaveLength(98);
      // Nested: the results matrix is three levels deep.
      expect(xml).toMatch(/<Code [^>]*>\s*<Description>[^<]*<\/Description>\s*<Code [^>]*>\s*<Description>[^<]*<\/Description>\s*<Code /);
      expect(await validateAgainstCodebookXsd(xml)).toEqual({ valid: true, errors: [] });
    }
  });

  it.skipIf(!xsdExists)('writes hostile texts, odd ids and colours, orphans and cycles as a valid codebook', async () => {
    const xml = writeQdc(hostileCodebook(), { language: 'sv', origin: 'Spårbar "test" & <co>', newGuid: uuids('ee') });
    expect(await validateAgainstCodebookXsd(xml)).toEqual({ valid: true, errors: [] });
  });

  it.skipIf(!xsdExists)('accepts the example codebook of the REFI-QDA standard (Annex A.1): the validator reads the schema', async () => {
    expect(await validateAgainstCodebookXsd(SPEC_EXAMPLE)).toEqual({ valid: true, errors: [] });
  });

  it.skipIf(!xsdExists)('rejects invalid codebooks, naming what is wrong (the validator is not vacuous)', async () => {
    const valid = writeQdc(frameworkCodebook().slice(0, 3), { language: 'sv', origin: 'Spårbar', newGuid: uuids('ff') });
    expect((await validateAgainstCodebookXsd(valid)).valid).toBe(true);

    const cases: [string, string, RegExp][] = [
      ['a GUID that is not one', valid.replace(/guid="[^"]+"/, 'guid="c0de-1"'), /guid.*GUIDType|pattern/i],
      ['no isCodable', valid.replace(' isCodable="true"', ''), /isCodable.*required/i],
      ['a colour name', valid.replace(/color="#[0-9a-f]{6}"/, 'color="red"'), /color.*RGBType|pattern/i],
      ['an element the schema does not know', valid.replace('<Description>', '<Shortcut>1</Shortcut><Description>'), /Shortcut.*not expected/i],
      ['an attribute the schema does not know', valid.replace('isCodable="true"', 'isCodable="true" shortcut="1"'), /shortcut.*not allowed/i],
      ['no codes', valid.replace(/<Codes>[\s\S]*<\/Codes>/, '<Codes></Codes>'), /Codes.*Missing child element/i],
      ['another namespace', valid.replace('urn:QDA-XML:codebook:1.0"', 'urn:example"'), /No matching global declaration|CodeBook/i],
    ];
    for (const [what, xml, message] of cases) {
      const result = await validateAgainstCodebookXsd(xml);
      expect(result.valid, what).toBe(false);
      expect(result.errors.join('\n'), what).toMatch(message);
    }
  });
});

/** The example codebook of the REFI-QDA 1.5 standard, Annex A.1 (braced and bare GUIDs, folders). */
const SPEC_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
</Code>
<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
<Description>Anything about jobs or taxes or business</Description>
</Code>
<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="false">
</Code>
</Codes>
</CodeBook>`;
