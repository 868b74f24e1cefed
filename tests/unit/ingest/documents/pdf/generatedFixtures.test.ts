import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generatedFixtures } from '../../../../fixtures/pdf/generate';

// tests/fixtures/pdf/generated/ holds the fixtures for a look in a PDF viewer; the tests build them in memory.
describe('the generated PDF fixtures on disk', () => {
  it.each(Object.entries(generatedFixtures()))('%s is what generate.ts writes now (npx jiti tests/fixtures/pdf/generate.ts)', (name, bytes) => {
    const file = join(GENERATED_DIR, name);
    expect(existsSync(file)).toBe(true);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
  });
});
