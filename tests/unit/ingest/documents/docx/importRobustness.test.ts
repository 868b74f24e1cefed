// Damaged files: whatever the damage, the DOCX and ODT importers either import or throw an ImportError
// (with a code the user can be told); they never throw anything else. Seeded, so failures reproduce.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import { ImportError, IMPORT_ERROR_CODES } from '../../../../../shared/domain/importError';
import { importOdt } from '../../../../../shared/ingest/documents/odt/importOdt';
import { layoutDocx, notesDocx, trackedChangesDocx } from '../../../../fixtures/docx/handWrittenDocx';
import { reportOdt } from '../../../../fixtures/odt/buildOdt';
import { seededRandom, type Random } from '../../../../support/random';
import { importOptions } from './importHelpers';

/** Damages one XML part of a package: cuts, repeats or reverses a slice of it. */
function damageXml(bytes: Uint8Array, random: Random): Uint8Array {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const name = random.pick(names);
  const xml = strFromU8(parts[name] as Uint8Array);
  const a = random.int(0, xml.length);
  const b = Math.min(xml.length, a + random.int(1, 200));
  const slice = xml.slice(a, b);
  const damaged = [xml.slice(0, a), xml.slice(b), xml.slice(0, b) + slice + xml.slice(b), xml.slice(0, a) + [...slice].reverse().join('') + xml.slice(b)];
  parts[name] = strToU8(random.pick(damaged));
  return zipSync(parts);
}

/** Overwrites a few random bytes of the file. */
function damageBytes(bytes: Uint8Array, random: Random): Uint8Array {
  const copy = bytes.slice();
  for (let i = random.int(1, 8); i > 0; i--) copy[random.int(0, copy.length - 1)] = random.int(0, 255);
  return copy;
}

function outcome(run: () => unknown): string {
  try {
    run();
    return 'imported';
  } catch (error) {
    if (error instanceof ImportError && (IMPORT_ERROR_CODES as readonly string[]).includes(error.code)) return error.code;
    throw error;
  }
}

describe('importers on damaged files', () => {
  const cases: [string, Uint8Array, (bytes: Uint8Array) => unknown][] = [
    ['layout.docx', layoutDocx(), (bytes) => importDocx(bytes, importOptions())],
    ['notes.docx', notesDocx(), (bytes) => importDocx(bytes, importOptions())],
    ['tracked.docx', trackedChangesDocx(), (bytes) => importDocx(bytes, importOptions())],
    ['report.odt', reportOdt(), (bytes) => importOdt(bytes, importOptions('rapport.odt'))],
  ];

  it.each(cases)('%s: every damaged copy imports or is refused with an ImportError', (_name, bytes, run) => {
    const random = seededRandom(20240315);
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      const damaged = i % 2 === 0 ? damageXml(bytes, random) : damageBytes(bytes, random);
      seen.add(outcome(() => run(damaged)));
    }
    // Both kinds of outcome occur: the damage is real, and not every damage is fatal.
    expect(seen.has('corrupt')).toBe(true);
    expect(seen.has('imported')).toBe(true);
  });
});
