// readQdc on codebooks written by other programs (hand-written in their styles), on Spårbar codebooks
// edited in another program, and readQdcBytes on the encodings and containers files come in.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { readQdc, readQdcBytes, writeQdc, type ImportedCode, type ReadQdcResult } from '../../../../shared/exchange/refi';
import { frameworkCodebook, uuids } from './refiFixtures';

function ok(result: ReadQdcResult): { codes: ImportedCode[]; warnings: string[]; origin: string | null } {
  if (!result.ok) throw new Error(`expected a codebook, got the error ${result.error}`);
  return result;
}

const G = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function codebook(codes: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"${attributes}><Codes>${codes}</Codes></CodeBook>`;
}

describe('readQdc on other programs’ codebooks', () => {
  it('reads names, descriptions, colours and the tree; GUIDs in braces or upper case come out bare and lower case', () => {
    const { codes, warnings, origin } = ok(
      readQdc(
        codebook(
          `<Code guid="{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}" name="Economy" isCodable="true" color="#FFFF00">
             <Description>Anything about jobs &amp; taxes</Description>
             <Code guid="${G(2)}" name="Jobs" isCodable="true"/>
             <Code guid="${G(3)}" name="Taxes" isCodable="true" color="#0c0"><Description>Line 1
Line 2</Description></Code>
           </Code>
           <Code guid="${G(4)}" name="Health care" isCodable="true" color="#33cc33"/>`,
          ' origin="QualCoder 3.6"',
        ),
      ),
    );
    expect(origin).toBe('QualCoder 3.6');
    expect(warnings).toEqual([]);
    expect(codes.map((c) => [c.name, c.guid, c.parentGuid, c.order, c.colour])).toEqual([
      ['Economy', 'd7aa29da-519b-4946-9b90-253b6db8fd0a', null, 0, '#ffff00'],
      // No colour of its own: the parent's.
      ['Jobs', G(2), 'd7aa29da-519b-4946-9b90-253b6db8fd0a', 0, '#ffff00'],
      ['Taxes', G(3), 'd7aa29da-519b-4946-9b90-253b6db8fd0a', 1, '#00cc00'],
      ['Health care', G(4), null, 1, '#33cc33'],
    ]);
    const economy = codes[0] as ImportedCode;
    expect(economy).toMatchObject({
      id: 'd7aa29da-519b-4946-9b90-253b6db8fd0a',
      parentId: null,
      labelSv: 'Economy',
      labelEn: 'Economy',
      description: 'Anything about jobs & taxes',
      definitionSv: 'Anything about jobs & taxes',
      definitionEn: 'Anything about jobs & taxes',
      inclusionSv: '',
      exampleEn: '',
      frameworkId: null,
      frameworkCodeId: null,
      matrixCell: null,
      shortcut: null,
      createdAt: null,
      isCodable: true,
      sparbar: false,
    });
    expect(codes[1]?.parentId).toBe(economy.id);
    expect(codes[2]?.description).toBe('Line 1\nLine 2');
  });

  it('gives top-level codes without a colour the palette in turn', () => {
    const { codes } = ok(readQdc(codebook([1, 2, 3].map((n) => `<Code guid="${G(n)}" name="c${n}" isCodable="true"/>`).join(''))));
    expect(codes.map((c) => c.colour)).toEqual(['#f4c95d', '#8ecae6', '#b5e48c']);
  });

  it('warns once about folders, unreadable colours, missing names and GUIDs, bad GUIDs, sets and code notes', () => {
    const { codes, warnings } = ok(
      readQdc(
        codebook(
          `<Code guid="${G(1)}" name="Folder" isCodable="false" color="red"/>
           <Code guid="${G(2)}" name="Folder 2" isCodable="0" color="#12345"/>
           <Code guid="${G(3)}" isCodable="true"/>
           <Code guid="${G(4)}" name="   " isCodable="true"/>
           <Code name="No GUID" isCodable="true"/>
           <Code guid="c0de-5" name="Bad GUID" isCodable="true"/>`,
        ).replace('</Codes>', `</Codes><Sets><Set guid="${G(9)}" name="A set"><MemberCode guid="${G(1)}"/></Set></Sets>`),
      ),
    );
    expect([...warnings].sort()).toEqual(['invalidColour', 'invalidGuid', 'missingGuid', 'missingName', 'notCodable', 'setsIgnored']);
    expect(codes.map((c) => [c.name, c.labelSv, c.isCodable])).toEqual([
      ['Folder', 'Folder', false],
      ['Folder 2', 'Folder 2', false],
      ['Namnlös kod', 'Namnlös kod', true],
      ['Namnlös kod', 'Namnlös kod', true],
      ['No GUID', 'No GUID', true],
      ['Bad GUID', 'Bad GUID', true],
    ]);
    expect(codes[0]?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(codes[4]?.id).toBe('missing-guid-1');
    expect(codes[5]?.id).toBe('c0de-5');
    expect(new Set(codes.map((c) => c.id)).size).toBe(6);
    // The untitled name can be given in the UI's language.
    const english = ok(readQdc(codebook(`<Code guid="${G(3)}" isCodable="true"/>`), { untitledName: 'Untitled code' }));
    expect(english.codes[0]?.name).toBe('Untitled code');
  });

  it('takes the codebook of a project (.qde) and nothing else, and reports its sets and code notes', () => {
    const project = `<?xml version="1.0" encoding="utf-8"?>
      <Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="MAXQDA 2022">
        <Users><User guid="${G(90)}" name="Anna"/></Users>
        <CodeBook><Codes>
          <Code guid="${G(1)}" name="Top" isCodable="true"><Description>d</Description><NoteRef targetGUID="${G(80)}"/>
            <Code guid="${G(2)}" name="Sub" isCodable="true"/>
          </Code>
        </Codes></CodeBook>
        <Sources><TextSource guid="${G(70)}" name="Interview"><PlainTextSelection guid="${G(71)}" startPosition="0" endPosition="5">
          <Coding guid="${G(72)}"><CodeRef targetGUID="${G(1)}"/></Coding>
          <Code guid="${G(73)}" name="Not in the codebook" isCodable="true"/>
        </PlainTextSelection></TextSource></Sources>
        <Notes><Note guid="${G(80)}" name="memo"/></Notes>
        <Sets><Set guid="${G(60)}" name="codes"><MemberCode targetGUID="${G(2)}"/></Set></Sets>
      </Project>`;
    const { codes, warnings, origin } = ok(readQdc(project));
    expect(origin).toBe('MAXQDA 2022');
    expect(codes.map((c) => [c.name, c.parentGuid])).toEqual([
      ['Top', null],
      ['Sub', G(1)],
    ]);
    expect([...warnings].sort()).toEqual(['codeNotesIgnored', 'setsIgnored']);
  });

  it('matches elements in no namespace, under a prefix, or in another namespace', () => {
    const plain = `<CodeBook><Codes><Code guid="${G(1)}" name="a" isCodable="true"/></Codes></CodeBook>`;
    const prefixed = `<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0"><qda:Codes><qda:Code guid="${G(1)}" name="a" isCodable="true"/></qda:Codes></qda:CodeBook>`;
    const other = `<CodeBook xmlns="urn:QDA-XML:codebook:0.9"><Codes><Code guid="${G(1)}" name="a" isCodable="true"/></Codes></CodeBook>`;
    for (const xml of [plain, prefixed, other]) expect(ok(readQdc(xml)).codes.map((c) => c.name)).toEqual(['a']);
  });

  it('reads CDATA and character references in descriptions, and a DOCTYPE without expanding its entities', () => {
    const xml = `<?xml version="1.0"?>
      <!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${G(1)}" name="&#229;&#x1F600;" isCodable="true"><Description><![CDATA[<b>fet</b> & ]]>&b;</Description></Code></Codes></CodeBook>`;
    const { codes } = ok(readQdc(xml));
    expect(codes[0]?.name).toBe('å😀');
    expect(codes[0]?.description).toBe('<b>fet</b> & &b;');
  });
});

describe('readQdc on a Spårbar codebook edited in another program', () => {
  const base = frameworkCodebook()[0] as Code;
  const original: Code[] = [
    { ...base, id: G(1), parentId: null, order: 0, labelSv: 'Samverkan', labelEn: 'Cooperation', definitionSv: 'Def', inclusionSv: 'In', exclusionSv: '', exampleSv: '' },
    { ...base, id: G(2), parentId: G(1), order: 0, labelSv: 'Barn', labelEn: 'Child' },
  ];
  const xml = writeQdc(original, { language: 'sv', origin: 'Spårbar', newGuid: uuids('7') });

  it('shows other programs the Swedish name, the definition and the labelled notes before the trailer', () => {
    expect(xml).toContain('name="Samverkan"');
    expect(xml).toContain('<Description>Def\n\nKoda här: In\n\n[Spårbar-data]\n{"v":1,"lang":"sv"');
    const english = writeQdc(original, { language: 'en', origin: 'Spårbar', newGuid: uuids('7') });
    expect(english).toContain('name="Cooperation"');
    expect(english).toContain('Code here: ');
  });

  it('takes a name changed there as the label in the file’s language, keeping the other language', () => {
    const { codes, warnings } = ok(readQdc(xml.replace('name="Samverkan"', 'name="Samarbete"')));
    expect(warnings).toEqual([]);
    expect(codes[0]).toMatchObject({ name: 'Samarbete', labelSv: 'Samarbete', labelEn: 'Cooperation', sparbar: true });
  });

  it('keeps its own texts when the description was changed there, and says so', () => {
    const edited = ok(readQdc(xml.replace('Koda här: In', 'Koda här: Inkludera även möten')));
    expect(edited.warnings).toEqual(['descriptionEdited']);
    expect(edited.codes[0]).toMatchObject({ inclusionSv: 'In', description: 'Def\n\nKoda här: Inkludera även möten', sparbar: true });
    const appended = ok(readQdc(xml.replace('[/Spårbar-data]</Description>', '[/Spårbar-data]\nNy anteckning</Description>')));
    expect(appended.warnings).toEqual(['descriptionEdited']);
  });

  it('tolerates line ends changed to CRLF and trailing spaces, and a trailer wrapped over lines', () => {
    const crlf = xml.replace(/<Description>([\s\S]*?)<\/Description>/g, (_, body: string) => `<Description>${body.replace(/\n/g, '&#13;\n').replace(/^\{/m, ' \n{')}</Description>`);
    const wrapped = crlf.replace(/("definition":)/g, '\n$1');
    for (const variant of [crlf, wrapped]) {
      const { codes, warnings } = ok(readQdc(variant));
      expect(warnings).toEqual([]);
      expect(codes.map((c) => [c.id, c.labelEn, c.sparbar])).toEqual([
        [G(1), 'Cooperation', true],
        [G(2), 'Child', true],
      ]);
    }
  });

  it('gives a copy made there (same trailer, new GUID) its GUID as id', () => {
    const copy = xml.replace('</Codes>', `${/<Code guid="[^"]+"( name="Barn"[\s\S]*?<\/Code>)/.exec(xml)?.[0].replace(G(2), G(3))}</Codes>`);
    const { codes, warnings } = ok(readQdc(copy));
    expect(warnings).toEqual(['duplicateId']);
    expect(codes.map((c) => [c.id, c.labelSv])).toEqual([
      [G(1), 'Samverkan'],
      [G(2), 'Barn'],
      [G(3), 'Barn'],
    ]);
  });

  it('reads a code added there as a plain code among Spårbar’s', () => {
    const added = xml.replace('</Codes>', `<Code guid="${G(5)}" name="New in NVivo" isCodable="true"/></Codes>`);
    const { codes, warnings } = ok(readQdc(added));
    expect(warnings).toEqual([]);
    expect(codes.map((c) => [c.name, c.sparbar])).toEqual([
      ['Samverkan', true],
      ['Barn', true],
      ['New in NVivo', false],
    ]);
  });

  it('reads a code whose trailer was damaged as a plain code, and says so', () => {
    for (const damage of [(x: string) => x.replace('"v":1', '"v":1,,'), (x: string) => x.replace('[/Spårbar-data]', ''), (x: string) => x.replace('"v":1', '"v":2'), (x: string) => x.replace('"level"', '"nivå"').replace('"matrixCell":null', '"matrixCell":{"level":"x","column":"results"}')]) {
      const { codes, warnings } = ok(readQdc(damage(xml)));
      expect(warnings).toEqual(['unreadableSparbarData']);
      expect(codes[0]).toMatchObject({ id: G(1), name: 'Samverkan', labelEn: 'Samverkan', definitionSv: 'Def\n\nKoda här: In', sparbar: false });
    }
  });
});

describe('readQdcBytes', () => {
  const xml = codebook(`<Code guid="${G(1)}" name="Åsa’s kod 😀" isCodable="true"/>`);
  const name = (result: ReadQdcResult) => ok(result).codes[0]?.name;

  it('reads UTF-8 with and without a byte order mark, UTF-16 both ways with one, and declared ISO-8859-1', () => {
    const utf8 = strToU8(xml);
    expect(name(readQdcBytes(utf8))).toBe('Åsa’s kod 😀');
    expect(name(readQdcBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])))).toBe('Åsa’s kod 😀');
    const le = new Uint8Array(2 + xml.length * 2);
    const be = new Uint8Array(2 + xml.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < xml.length; i++) {
      const unit = xml.charCodeAt(i);
      le[2 + 2 * i] = unit & 0xff;
      le[3 + 2 * i] = unit >> 8;
      be[2 + 2 * i] = unit >> 8;
      be[3 + 2 * i] = unit & 0xff;
    }
    expect(name(readQdcBytes(le))).toBe('Åsa’s kod 😀');
    expect(name(readQdcBytes(be))).toBe('Åsa’s kod 😀');
    const latin1 = `<?xml version="1.0" encoding="ISO-8859-1"?><CodeBook><Codes><Code guid="${G(1)}" name="Åsa" isCodable="true"/></Codes></CodeBook>`;
    expect(name(readQdcBytes(Uint8Array.from(latin1, (c) => c.charCodeAt(0))))).toBe('Åsa');
  });

  it('reads the project.qde of a .qdpx whatever its case, or its only .qde, beside sources', () => {
    const project = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="${G(1)}" name="Åsa’s kod 😀" isCodable="true"/></Codes></CodeBook></Project>`;
    const sources = { 'Sources/a.txt': strToU8('x'.repeat(1000)) };
    expect(name(readQdcBytes(zipSync({ 'project.qde': strToU8(project), ...sources })))).toBe('Åsa’s kod 😀');
    expect(name(readQdcBytes(zipSync({ 'Project.qde': strToU8(project), ...sources }, { level: 0 })))).toBe('Åsa’s kod 😀');
    expect(name(readQdcBytes(zipSync({ 'export/My project.qde': strToU8(project) })))).toBe('Åsa’s kod 😀');
    // An ArrayBuffer is read too.
    expect(name(readQdcBytes(zipSync({ 'project.qde': strToU8(project) }).slice().buffer))).toBe('Åsa’s kod 😀');
  });

  it('reads back what writeQdc wrote, as bytes', () => {
    const codes = frameworkCodebook();
    const written = writeQdc(codes, { language: 'en', origin: 'Spårbar', newGuid: uuids('5') });
    const back = ok(readQdcBytes(strToU8(written)));
    expect(back.codes.map((c) => c.id)).toEqual(expect.arrayContaining(codes.map((c) => c.id)));
    expect(back.codes).toHaveLength(98);
  });
});
