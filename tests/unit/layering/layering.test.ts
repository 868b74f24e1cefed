import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of DEVELOPERS.md are lint errors, so a wrong import fails `npm test`.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

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

  it('allowed imports pass', async () => {
    const code = "import { isRecord } from '../base/guards';\nexport const x = isRecord;\n";
    expect(await ruleIds('shared/domain/good.ts', code)).toEqual([]);
  });
});
