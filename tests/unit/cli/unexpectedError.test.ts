// The command line never prints a stack trace: an error nobody expected is one line, with what to do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, unexpectedErrorLine } from '../../../cli/sparbar';

const dir = mkdtempSync(join(tmpdir(), 'sparbar-unexpected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an unexpected error', () => {
  it('is one line on stderr and exit status 1, whatever failed', async () => {
    const file = join(dir, 'tabell.csv');
    writeFileSync(file, 'namn;antal\nett;1\n');
    let stderr = '';
    const status = await main(['inspect', file], {
      stdout: () => {
        const error = new Error('write EPIPE\n    at Socket.write (node:net:1)');
        error.name = 'SystemError';
        throw error;
      },
      stderr: (text) => {
        stderr += text;
      },
    });
    expect(status).toBe(1);
    expect(stderr).toBe('sparbar: Ett oväntat fel stoppade sparbar (SystemError: write EPIPE). Försök igen; händer det igen, rapportera felet med kommandot du körde och den här raden.\n');
  });

  it('shows control characters of its message as escapes, in the language asked for', () => {
    expect(unexpectedErrorLine(new TypeError('bad \u001b[2J name'), 'en')).toBe(
      'sparbar: An unexpected error stopped sparbar (TypeError: bad \\x1B[2J name). Try again; if it happens again, report it with the command you ran and this line.\n',
    );
  });
});
