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

const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
process.exitCode = await main(argv);
