import { describe, expect, it } from 'vitest';
import { detectFormat, looksLikeHtml } from '../../../../../shared/ingest/documents/detect/detectFormat';
import { extensionOf } from '../../../../../shared/ingest/documents/detect/fileExtension';
import { ImportError, type ImportErrorCode } from '../../../../../shared/domain/importError';
import { docxBytes, odfBytes, oleBytes, pdfBytes, plainZipBytes, utf16le, utf8, xlsxBytes } from './formatSamples';

function refusal(bytes: Uint8Array, fileName: string): { code: ImportErrorCode; detail: string } {
  try {
    detectFormat(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return { code: (error as ImportError).code, detail: (error as ImportError).detail };
  }
  throw new Error(`${fileName} was accepted`);
}

describe('detectFormat: by content', () => {
  it.each([
    ['rapport.pdf', pdfBytes(), 'pdf'],
    ['rapport.docx', docxBytes(), 'docx'],
    ['rapport.odt', odfBytes('application/vnd.oasis.opendocument.text'), 'odt'],
    ['mall.ott', odfBytes('application/vnd.oasis.opendocument.text-template'), 'odt'],
    ['sida.html', utf8('<!DOCTYPE html><html><body><p>Hej</p></body></html>'), 'html'],
    ['sida.htm', utf8('<p>Ett fragment</p>'), 'html'],
    ['rapport.txt', utf8('Hej'), 'txt'],
    ['rapport.md', utf8('# Hej'), 'md'],
    ['rapport.markdown', utf8('# Hej'), 'md'],
    ['utf16.txt', utf16le('Hej då'), 'txt'],
  ] as const)('%s is %s', (fileName, bytes, format) => {
    expect(detectFormat(bytes, fileName)).toEqual({ format, extension: extensionOf(fileName), mislabelled: null });
  });

  it('finds %PDF- within the first 1024 bytes, after junk', () => {
    const bytes = new Uint8Array([...new Uint8Array(500).fill(0x20), ...pdfBytes()]);
    expect(detectFormat(bytes, 'skannad.pdf').format).toBe('pdf');
    const late = new Uint8Array([...new Uint8Array(1100).fill(0x20), ...pdfBytes()]);
    expect(detectFormat(late, 'sen.txt').format).toBe('txt');
  });

  it('recognises HTML after a BOM, white space, comments or an XML declaration, also in UTF-16', () => {
    expect(looksLikeHtml('  \n<!-- sparad av Word --><html>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')).toBe(true);
    expect(looksLikeHtml('<BODY bgcolor=white>')).toBe(true);
    expect(looksLikeHtml('<htmlish>')).toBe(false);
    expect(looksLikeHtml('Text om <html>')).toBe(false);
    expect(detectFormat(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<!doctype html><p>x')]), 'x').format).toBe('html');
    expect(detectFormat(utf16le('<html><body>Hej</body></html>'), 'sida').format).toBe('html');
  });

  it('reads unknown or missing extensions with text content as text, without a warning', () => {
    expect(detectFormat(utf8('Protokoll från styrgruppen'), 'protokoll.rapport')).toEqual({ format: 'txt', extension: 'rapport', mislabelled: null });
    expect(detectFormat(utf8('Text'), 'README')).toEqual({ format: 'txt', extension: '', mislabelled: null });
    expect(detectFormat(utf8('a;b\n1;2'), 'data.csv').format).toBe('txt');
  });

  it('takes the extension from the last dot of the base name only', () => {
    expect(extensionOf('C:\\Rapporter\\v1.2\\Slutrapport.PDF')).toBe('pdf');
    expect(extensionOf('/hem/anna/.profile')).toBe('');
    expect(extensionOf('mapp.d/fil')).toBe('');
  });
});

describe('detectFormat: mislabelled files', () => {
  it.each([
    ['rapport.docx', pdfBytes(), 'pdf', 'PDF'],
    ['rapport.pdf', docxBytes(), 'docx', 'Word (DOCX)'],
    ['rapport.docx', odfBytes('application/vnd.oasis.opendocument.text'), 'odt', 'OpenDocument (ODT)'],
    ['rapport.pdf', utf8('Bara text'), 'txt', 'text'],
    ['rapport.txt', utf8('<!doctype html><p>x</p>'), 'html', 'HTML'],
    // Word's "web page" saved with the .doc extension is common.
    ['rapport.doc', utf8('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><p>x</p></body></html>'), 'html', 'HTML'],
    ['rapport.doc', docxBytes(), 'docx', 'Word (DOCX)'],
  ] as const)('%s holding %s reads as %s and warns', (fileName, bytes, format, name) => {
    expect(detectFormat(bytes, fileName)).toEqual({ format, extension: extensionOf(fileName), mislabelled: { code: 'mislabelled', values: { extension: extensionOf(fileName), format: name } } });
  });

  it('does not warn for text in a .md or .txt, whichever', () => {
    expect(detectFormat(utf8('Text'), 'a.md').mislabelled).toBeNull();
    expect(detectFormat(utf8('# Rubrik'), 'a.txt').mislabelled).toBeNull();
  });
});

describe('detectFormat: refusals', () => {
  it.each([
    ['kalkyl.xlsx', xlsxBytes(), 'unsupportedFormat'],
    ['kalkyl.ods', odfBytes('application/vnd.oasis.opendocument.spreadsheet'), 'unsupportedFormat'],
    ['bilder.zip', plainZipBytes(), 'unsupportedFormat'],
    ['gammal.doc', oleBytes('WordDocument'), 'unsupportedFormat'],
    ['gammal.xls', oleBytes('Workbook'), 'unsupportedFormat'],
    ['skyddad.docx', oleBytes('EncryptedPackage'), 'encryptedOffice'],
    ['skyddad.xlsx', oleBytes('EncryptedPackage'), 'encryptedOffice'],
    ['skyddad.odt', oleBytes('Okänt'), 'encryptedOffice'],
    ['bild.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'unsupportedFormat'],
    ['foto.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'unsupportedFormat'],
    ['rapport.rtf', utf8('{\\rtf1\\ansi Hej}'), 'unsupportedFormat'],
    ['rapport.txt', utf8('{\\rtf1\\ansi Hej}'), 'unsupportedFormat'],
    ['anteckning.eml', utf8('From: a@b.se\n\nHej'), 'unsupportedFormat'],
    ['program.bin', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'binary'],
    ['text.txt', Uint8Array.from([0x41, 0x42, 0x00, 0x43]), 'binary'],
    ['trasig.pdf', Uint8Array.from([0x12, 0x00, 0x34]), 'corrupt'],
    ['trasig.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'corrupt'],
    ['tom.txt', new Uint8Array(0), 'empty'],
  ] as const)('%s is refused as %s', (fileName, bytes, code) => {
    expect(refusal(bytes, fileName).code).toBe(code);
  });

  it('says why in the detail, for the log and the CLI', () => {
    expect(refusal(oleBytes('WordDocument'), 'gammal.doc').detail).toMatch(/\.doc.*\.docx/);
    expect(refusal(xlsxBytes(), 'a.xlsx').detail).toMatch(/Excel/);
  });
});
