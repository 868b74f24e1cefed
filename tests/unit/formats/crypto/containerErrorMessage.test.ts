import { describe, expect, it } from 'vitest';
import { containerErrorMessage, type ContainerError } from '../../../../shared/formats/crypto';
import { CATALOGS, translate } from '../../../../shared/i18n';

const ERRORS: ContainerError[] = [
  { code: 'notContainer' },
  { code: 'unsupportedVersion', version: 2, supported: 1 },
  { code: 'wrongPassphrase' },
  { code: 'tampered', chunk: 2, chunks: 50 },
  { code: 'tampered', chunk: null, chunks: 0 },
  { code: 'truncated' },
  { code: 'kdfUnavailable' },
];

describe('containerErrorMessage', () => {
  it('words every error in Swedish and English, every placeholder filled', () => {
    for (const error of ERRORS) {
      const { key, values } = containerErrorMessage(error);
      for (const catalog of [CATALOGS.sv, CATALOGS.en]) {
        const text = translate(catalog, key, values);
        expect(text, key).not.toBe(key);
        expect(text, key).not.toMatch(/\{\{/);
      }
    }
  });

  it('tells a wrong passphrase from a tampered file, and counts parts from 1', () => {
    expect(translate(CATALOGS.sv, containerErrorMessage({ code: 'wrongPassphrase' }).key)).toMatch(/^Fel lösenfras \(eller ett skadat filhuvud\)/);
    const tampered = containerErrorMessage({ code: 'tampered', chunk: 2, chunks: 50 });
    expect(translate(CATALOGS.en, tampered.key, tampered.values)).toContain('part 3 of 50 does not match');
    const newer = containerErrorMessage({ code: 'unsupportedVersion', version: 2, supported: 1 });
    expect(translate(CATALOGS.sv, newer.key, newer.values)).toContain('format 2, men den här versionen av Spårbar läser bara format 1');
  });
});
