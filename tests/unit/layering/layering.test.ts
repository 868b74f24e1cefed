import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of DEVELOPERS.md are lint errors, so a wrong import fails `npm test`.
const eslint = new ESLint({ cwd: process.cwd() });

async function lint(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  return (await lint(filePath, code)).map((message) => message.ruleId ?? message.message);
}

const importing = (specifier: string): string => `import { thing } from '${specifier}';\nexport const x = thing;\n`;

describe('layering', () => {
  it.each([
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['electron', "import { app } from 'electron';\nexport const x = app;\n"],
    ['react', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['dexie', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['the renderer', "import { App } from '../renderer/shell/App';\nexport const x = App;\n"],
  ])('shared/ may not import %s', async (_what, code) => {
    expect(await ruleIds('shared/domain/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('shared/ may not use DOM or Node globals', async () => {
    expect(await ruleIds('shared/domain/bad.ts', 'export const x = window.location.href;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/domain/bad.ts', 'export const x = process.env.HOME;\n')).toContain('no-restricted-globals');
  });

  it.each([
    ['electron', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['node:path', "import path from 'node:path';\nexport const x = path;\n"],
    ['electron/', "import { createAppProtocolHandler } from '../../electron/protocol';\nexport const x = createAppProtocolHandler;\n"],
  ])('renderer/ may not import %s', async (_what, code) => {
    expect(await ruleIds('renderer/features/reader/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('components reach the database only through repositories', async () => {
    const code = "import { SparbarDatabase } from '../../store/dexie/db';\nexport const x = SparbarDatabase;\n";
    expect(await ruleIds('renderer/features/reader/Bad.tsx', code)).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/store/dexie/badRepo.ts', code.replace('../../store/dexie/db', './db'))).not.toContain('no-restricted-imports');
  });

  it('electron/ never imports the renderer', async () => {
    const code = "import { App } from '../renderer/shell/App';\nexport const x = App;\n";
    expect(await ruleIds('electron/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('imported content is never rendered as HTML', async () => {
    const code = 'export const X = (props: { html: string }) => <div dangerouslySetInnerHTML={{ __html: props.html }} />;\n';
    expect(await ruleIds('renderer/features/reader/Bad.tsx', code)).toContain('no-restricted-syntax');
  });

  it('renderer/ outside the store never imports dexie-react-hooks', async () => {
    const code = "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n";
    expect(await ruleIds('renderer/features/reader/Bad.tsx', code)).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/ui/Bad.tsx', code)).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/store/hooks/useThings.ts', code)).toEqual([]);
  });

  it('allowed imports pass', async () => {
    const code = "import { isRecord } from '../base/guards';\nexport const x = isRecord;\n";
    expect(await ruleIds('shared/domain/good.ts', code)).toEqual([]);
  });
});

// The folders of shared/ and renderer/ are layers (eslint.config.js, eslint-rules/layers.js): a folder
// imports only the folders listed for it.
describe('layer order inside shared/', () => {
  it.each([
    ['shared/domain/bad.ts', '../ingest/documents/importTypes', 'shared/domain may import base only'],
    ['shared/coding/bad.ts', '../report/model/reportQuote', 'shared/coding may import base, domain and text only'],
    ['shared/base/bad.ts', '../domain/ids', 'shared/base may import no other folder of shared/'],
    ['shared/formats/zip/bad.ts', '../../ingest/documents/importTypes', 'shared/formats may import base and domain only'],
    ['shared/text/bad.ts', '../coding/codeTree', 'shared/text may import base, domain and formats only'],
    ['shared/analysis/bad.ts', '../report/model/reportQuote', 'shared/analysis may import base, domain, text and coding only'],
    ['shared/ingest/tables/bad.ts', '../../exchange/refi/readQdc', 'shared/ingest may import base, domain, formats, text, i18n and ports only'],
    ['shared/i18n/bad.ts', '../text/wordCount', 'shared/i18n may import base and domain only'],
    ['shared/ports/bad.ts', '../coding/codeTree', 'shared/ports may import base and domain only'],
    ['shared/migrations/bad.ts', '../ingest/documents/importTypes', 'shared/migrations may import base, domain and text only'],
  ])('%s may not import %s', async (file, specifier, allowed) => {
    const messages = await lint(file, importing(specifier));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe('local/layers');
    expect(messages[0]?.message).toContain(allowed);
  });

  it('type-only imports, re-exports and dynamic imports count too', async () => {
    const typeOnly = "import type { Thing } from '../ingest/documents/importTypes';\nexport type X = Thing;\n";
    const reExport = "export { thing } from '../ingest/documents/importTypes';\n";
    const dynamic = "export const load = () => import('../ingest/documents/importTypes');\n";
    for (const code of [typeOnly, reExport, dynamic]) {
      expect((await lint('shared/domain/bad.ts', code)).map((message) => message.ruleId)).toEqual(['local/layers']);
    }
  });

  it.each([
    ['shared/domain/good.ts', '../base/guards'],
    ['shared/domain/records/good.ts', '../document'],
    ['shared/coding/good.ts', '../text/selectors'],
    ['shared/ingest/documents/good.ts', '../../formats/zip/readZip'],
    ['shared/ingest/documents/good.ts', '../../i18n'],
    ['shared/report/model/good.ts', '../../analysis/matrixCells'],
    ['shared/exchange/refi/good.ts', '../../ingest/documents/importTypes'],
    ['shared/demo/good.ts', '../report/model/reportQuote'],
    ['shared/migrations/good.ts', '../domain/ids'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await lint(file, importing(specifier))).toEqual([]);
  });
});

describe('layer order inside renderer/', () => {
  it.each([
    ['renderer/ui/Bad.tsx', '../features/reader/Reader', 'renderer/ui may import no other folder of renderer/'],
    ['renderer/ui/Bad.tsx', '../services/notify', 'renderer/ui may import no other folder of renderer/'],
    ['renderer/services/bad.ts', '../features/search/searchClient', 'renderer/services may import store (its index only) and platform only'],
    ['renderer/services/bad.ts', '../shell/App', 'renderer/services may import store (its index only) and platform only'],
    ['renderer/services/bad.ts', '../store/dexie/historyRepo', 'renderer/services may import store (its index only) and platform only'],
    ['renderer/features/reader/Bad.tsx', '../../store/dexie/documentsRepo', 'renderer/features/reader may import services, ui, store (its index only), platform and features/coding only'],
    ['renderer/features/matrix/Bad.tsx', '../../shell/App', 'renderer/features/matrix may import services, ui, store (its index only) and platform only'],
    ['renderer/features/matrix/Bad.tsx', '../reader/Reader', 'renderer/features/matrix may import services, ui, store (its index only) and platform only'],
    ['renderer/features/coding/Bad.tsx', '../reader/Reader', 'renderer/features/coding may import services, ui, store (its index only) and platform only'],
    ['renderer/store/dexie/bad.ts', '../../services/notify', 'renderer/store may import no other folder of renderer/'],
    ['renderer/platform/bad.ts', '../ui/Dialog', 'renderer/platform may import no other folder of renderer/'],
    ['renderer/shell/Bad.tsx', '../store/dexie/openDatabase', 'renderer/shell may import any features, services, ui, store (its index only) and platform only'],
  ])('%s may not import %s', async (file, specifier, allowed) => {
    const messages = await lint(file, importing(specifier));
    expect(messages.map((message) => message.ruleId)).toEqual(['local/layers']);
    expect(messages[0]?.message).toContain(allowed);
  });

  it('a feature importing store/dexie/db breaks both the store rule and the layer order', async () => {
    const ruleIds = (await lint('renderer/features/reader/Bad.tsx', importing('../../store/dexie/db'))).map((message) => message.ruleId);
    expect(ruleIds.sort()).toEqual(['local/layers', 'no-restricted-imports']);
  });

  it('a feature importing dexie-react-hooks is an error', async () => {
    const code = "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n";
    expect((await lint('renderer/features/search/Bad.tsx', code)).map((message) => message.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('a worker URL and a dynamic import count too', async () => {
    const worker = "export const w = new Worker(new URL('../../shell/worker.ts', import.meta.url), { type: 'module' });\n";
    const dynamic = "export const load = () => import('../../shell/App');\n";
    for (const code of [worker, dynamic]) {
      expect((await lint('renderer/features/search/bad.ts', code)).map((message) => message.ruleId)).toEqual(['local/layers']);
    }
  });

  it.each([
    ['renderer/shell/Good.tsx', '../features/matrix/MatrixScreen'],
    ['renderer/shell/Good.tsx', '../store'],
    ['renderer/features/reader/Good.tsx', '../../store'],
    ['renderer/features/reader/Good.tsx', '../../store/index'],
    ['renderer/features/reader/Good.tsx', '../../ui/codeLabel'],
    ['renderer/features/reader/Good.tsx', '../../services/route'],
    ['renderer/features/reader/Good.tsx', '../../platform'],
    ['renderer/features/reader/Good.tsx', '../coding/CodePalette'],
    ['renderer/features/reader/Good.tsx', './paint'],
    ['renderer/features/reader/Good.tsx', '../../../shared/text/selectors'],
    ['renderer/services/good.ts', '../store'],
    ['renderer/services/good.ts', '../platform'],
    ['renderer/ui/Good.tsx', './Dialog'],
    ['renderer/ui/Good.tsx', '../../shared/i18n'],
    ['renderer/store/dexie/good.ts', './db'],
    ['renderer/main.tsx', './store/dexie/openDatabase'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await lint(file, importing(specifier))).toEqual([]);
  });

  it('the store itself may use Dexie', async () => {
    const code = "import { Dexie } from 'dexie';\nimport { useLiveQuery } from 'dexie-react-hooks';\nexport const x = [Dexie, useLiveQuery];\n";
    expect(await lint('renderer/store/hooks/useThings.ts', code)).toEqual([]);
  });
});
