// The XML layer under the DOCX and ODT importers: encodings, namespaces, and which errors are fatal.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../shared/domain/importError';
import { decodeXml } from '../../../../../shared/formats/xml/decodeXml';
import { parseXml } from '../../../../../shared/formats/xml/parseXml';

function events(xml: string, namespaces: Record<string, string> = { 'urn:w': 'w', 'urn:r': 'r' }, attribute = 'w:val'): string[] {
  const seen: string[] = [];
  parseXml(
    xml,
    namespaces,
    {
      open(name, attributes) {
        const value = attributes.get(attribute);
        seen.push(value === undefined ? `<${name}>` : `<${name} ${attribute}=${value}>`);
      },
      close(name) {
        seen.push(`</${name}>`);
      },
      text(text) {
        if (text.trim()) seen.push(text);
      },
    },
    'test.xml',
  );
  return seen;
}

describe('decodeXml', () => {
  const utf16 = (text: string, littleEndian: boolean) =>
    Uint8Array.from([...(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), ...[...text].flatMap((char) => (littleEndian ? [char.charCodeAt(0), 0] : [0, char.charCodeAt(0)]))]);

  it('reads UTF-8 with and without a byte order mark, UTF-16 with one, and declared ISO-8859-1', () => {
    expect(decodeXml(new TextEncoder().encode('<a>åäö</a>'))).toBe('<a>åäö</a>');
    expect(decodeXml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>å</a>')]))).toBe('<a>å</a>');
    expect(decodeXml(utf16('<a>Älv</a>', true))).toBe('<a>Älv</a>');
    expect(decodeXml(utf16('<a>Älv</a>', false))).toBe('<a>Älv</a>');
    const latin1 = Uint8Array.from([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe5, ...new TextEncoder().encode('</a>')]);
    expect(decodeXml(latin1)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>å</a>');
  });

  it('replaces invalid UTF-8 instead of failing', () => {
    expect(decodeXml(Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('<a>\uFFFD</a>');
  });

  it('decodes through decodeText: ISO-8859-1 as browsers read it (Windows-1252), damaged UTF-16 with U+FFFD', () => {
    const declared = new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-1"?><a>');
    expect(decodeXml(Uint8Array.from([...declared, 0x93, 0xe5, 0x94, 0x80]))).toBe('<?xml version="1.0" encoding="iso-8859-1"?><a>“å”€');
    // Without a byte order mark, by how "<?" is written; a lone surrogate and an odd last byte are replaced.
    expect(decodeXml(Uint8Array.from([0x3c, 0, 0x3f, 0, 0x41, 0, 0x00, 0xd8, 0x42, 0]))).toBe('<?A\ufffdB');
    expect(decodeXml(Uint8Array.from([0, 0x3c, 0, 0x3f, 0, 0x41, 0x42]))).toBe('<?A\ufffd');
    // A second byte order mark inside the text is dropped too.
    expect(decodeXml(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]))).toBe('<a/>');
  });
});

describe('parseXml', () => {
  it('names elements and attributes by namespace, whatever the prefix, including default and redeclared namespaces', () => {
    expect(events('<x:doc xmlns:x="urn:w"><x:p x:val="1"/><p xmlns="urn:w" xmlns:y="urn:w"><y:t y:val="2">hej</y:t></p></x:doc>')).toEqual([
      '<w:doc>',
      '<w:p w:val=1>',
      '</w:p>',
      '<w:p>',
      '<w:t w:val=2>',
      'hej',
      '</w:t>',
      '</w:p>',
      '</w:doc>',
    ]);
  });

  it('marks unknown namespaces, keeps undeclared prefixes, and accepts unprefixed attributes where a prefixed one is asked for', () => {
    expect(events('<w:doc xmlns:w="urn:w" xmlns:q="urn:other"><q:p/><z:p/><w:p val="3"/></w:doc>')).toEqual([
      '<w:doc>',
      '<?:p>',
      '</?:p>',
      '<z:p>',
      '</z:p>',
      '<w:p w:val=3>',
      '</w:p>',
      '</w:doc>',
    ]);
  });

  it('resolves the five predefined entities and keeps undefined ones as literal text', () => {
    expect(events('<!DOCTYPE a [<!ENTITY e SYSTEM "http://127.0.0.1:9/">]><a>&lt;&amp;&gt;&quot;&apos; &e; &#229;</a>', {})).toEqual(['<a>', '<&>"\' &e; å', '</a>']);
  });

  it('throws ImportError corrupt for XML that is not well-formed', () => {
    for (const broken of ['<a><b></a>', '<a', '<a>text', '', '<a></a><b></b>']) {
      let error: unknown;
      try {
        events(broken);
      } catch (caught) {
        error = caught;
      }
      expect(error, broken).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('corrupt');
    }
  });
});
