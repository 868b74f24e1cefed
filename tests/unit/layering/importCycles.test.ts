import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildImportGraph, describeCycles, findImportCycles } from '../../support/importGraph';

// No module imports itself through others: a cycle makes load order matter and layers meaningless.
// Type-only imports count, since they tie the files together just the same.
describe('import cycles', () => {
  it('shared/, renderer/, electron/ and cli/ import without cycles', () => {
    const graph = buildImportGraph(process.cwd(), ['shared', 'renderer', 'electron', 'cli']);
    expect(graph.edges.size).toBeGreaterThan(200);
    expect(graph.unresolved).toEqual([]);
    const cycles = findImportCycles(graph.edges);
    expect(cycles, `import cycles:\n${describeCycles(cycles)}`).toEqual([]);
  });
});

describe('the import graph and its cycle finder', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = '';
  });

  function project(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'import-graph-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('follows every kind of import and finds the cycle they make', () => {
    const at = project({
      'src/a.ts': "// import './z';\nimport type { B } from './b';\nexport type A = B;\n",
      'src/b.ts': "export * from './c';\nexport type B = string;\n",
      'src/c.tsx': "export const w = () => new Worker(new URL('./d.ts', import.meta.url), { type: 'module' });\n",
      'src/d.ts': "export const load = () => import('./lib');\nconst text = \"import './a'\";\n",
      'src/lib/index.ts': "import './../a';\nimport data from '../data.json';\nimport { x } from 'some-package';\n",
      'src/leaf.ts': "import { c } from './c';\nexport const leaf = c;\n",
    });
    const graph = buildImportGraph(at, ['src']);
    expect(graph.unresolved).toEqual([]);
    expect(Object.fromEntries(graph.edges)).toEqual({
      'src/a.ts': ['src/b.ts'],
      'src/b.ts': ['src/c.tsx'],
      'src/c.tsx': ['src/d.ts'],
      'src/d.ts': ['src/lib/index.ts'],
      'src/lib/index.ts': ['src/a.ts'],
      'src/leaf.ts': ['src/c.tsx'],
    });
    const cycles = findImportCycles(graph.edges);
    expect(cycles).toEqual([
      {
        files: ['src/a.ts', 'src/b.ts', 'src/c.tsx', 'src/d.ts', 'src/lib/index.ts'],
        example: ['src/a.ts', 'src/b.ts', 'src/c.tsx', 'src/d.ts', 'src/lib/index.ts', 'src/a.ts'],
      },
    ]);
    expect(describeCycles(cycles)).toContain('src/a.ts\n  -> src/b.ts');
  });

  it('reports a specifier it cannot resolve', () => {
    const graph = buildImportGraph(project({ 'src/a.ts': "import { gone } from './gone';\nexport const a = gone;\n" }), ['src']);
    expect(graph.unresolved).toEqual([{ from: 'src/a.ts', specifier: './gone' }]);
  });

  it('finds each knot separately, a file importing itself, and nothing in a tree', () => {
    const edges = new Map([
      ['a', ['b']], ['b', ['a', 'c']], ['c', ['d']], ['d', ['e']], ['e', ['c']],
      ['self', ['self']], ['root', ['a', 'leaf']], ['leaf', []],
    ]);
    expect(findImportCycles(edges)).toEqual([
      { files: ['a', 'b'], example: ['a', 'b', 'a'] },
      { files: ['c', 'd', 'e'], example: ['c', 'd', 'e', 'c'] },
      { files: ['self'], example: ['self', 'self'] },
    ]);
    expect(findImportCycles(new Map([['root', ['x', 'y']], ['x', ['y']], ['y', []]]))).toEqual([]);
  });
});
