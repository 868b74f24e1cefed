#!/usr/bin/env node
// `npx sparbar inspect FILE...`: runs the command line built into dist/cli/sparbar.mjs, building it
// first when it is missing or older than its sources (Node 20 cannot run the TypeScript directly).
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, cliIsStale, firstErrorLine } from './buildCli.mjs';

const argv = process.argv.slice(2);
const english = argv.some((arg, i) => arg === '--lang=en' || (arg === '--lang' && argv[i + 1] === 'en'));

if (cliIsStale()) {
  process.stderr.write(english ? 'sparbar: building the command line (dist/cli)…\n' : 'sparbar: bygger kommandoraden (dist/cli)…\n');
  try {
    await buildCli({ logLevel: 'silent' });
  } catch (error) {
    const reason = firstErrorLine(error);
    process.stderr.write(
      english
        ? `sparbar: dist/cli/sparbar.mjs could not be built (${reason}); run \`npm ci && npm run build:cli\` in the Spårbar folder.\n`
        : `sparbar: dist/cli/sparbar.mjs kunde inte byggas (${reason}); kör \`npm ci && npm run build:cli\` i Spårbars mapp.\n`,
    );
    process.exit(1);
  }
}

/** No stack trace ever: anything that escapes is one line, with what to do, and exit status 1. */
function failed(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Control characters shown as \xHH, as shared/base/printableName.ts does (the bundle may not have loaded).
  const reason = Array.from(text.split('\n', 1)[0] ?? '', (c) => {
    const unit = c.charCodeAt(0);
    return unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f) ? `\\x${unit.toString(16).toUpperCase().padStart(2, '0')}` : c;
  }).join('');
  process.stderr.write(
    english
      ? `sparbar: an unexpected error stopped sparbar (${reason}). Try again; if it happens again, report it with the command you ran and this line.\n`
      : `sparbar: ett oväntat fel stoppade sparbar (${reason}). Försök igen; händer det igen, rapportera felet med kommandot du körde och den här raden.\n`,
  );
  process.exit(1);
}
process.on('uncaughtException', failed);
process.on('unhandledRejection', failed);

try {
  const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
  process.exitCode = await main(argv);
} catch (error) {
  failed(error);
}
