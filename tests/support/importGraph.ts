// The import graph of the app's own sources, read from the files themselves, and the cycles in it.
// An edge is any module-to-module reference the bundler follows: static imports and export-from
// (type-only ones too), dynamic import(), require() and `new URL('./x.ts', import.meta.url)` workers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** File path relative to the root, with forward slashes, e.g. `shared/domain/document.ts`. */
export type SourcePath = string;

export interface ImportGraph {
  /** Every source file, each with the source files it imports (sorted, no duplicates). */
  edges: Map<SourcePath, SourcePath[]>;
  /** Relative specifiers that resolved to no source file (assets such as .json are left out). */
  unresolved: { from: SourcePath; specifier: string }[];
}

const sourceExtensions = ['.ts', '.tsx', '.cts', '.mts'];
const resolveSuffixes = [...sourceExtensions, '.d.ts', '/index.ts', '/index.tsx'];
const assetExtension = /\.(json|css|svg|png|wasm|mjs|js|html)(\?.*)?$/;
const workerUrl = /new\s+URL\(\s*(['"`])(\.{1,2}\/[^'"`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

function isSourceFile(name: string): boolean {
  return sourceExtensions.some((extension) => name.endsWith(extension));
}

/** All source files under the given folders of root, as root-relative paths. */
export function listSourceFiles(root: string, folders: readonly string[]): SourcePath[] {
  const files: SourcePath[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (isSourceFile(name)) files.push(relative(root, full).split(sep).join('/'));
    }
  };
  for (const folder of folders) {
    const full = join(root, folder);
    if (existsSync(full)) walk(full);
  }
  return files;
}

/** The module specifiers a source text refers to, in order of appearance. */
export function importSpecifiers(text: string): string[] {
  const scanned = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
  const workers = [...text.matchAll(workerUrl)].map((match) => match[2] ?? '');
  return [...scanned, ...workers];
}

/** Resolves a relative specifier the way the bundler does: as written, then .ts/.tsx/…, then index.ts. */
export function resolveSpecifier(from: SourcePath, specifier: string, known: ReadonlySet<SourcePath>): SourcePath | undefined {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, '')));
  if (known.has(target)) return target;
  for (const suffix of resolveSuffixes) {
    if (known.has(target + suffix)) return target + suffix;
  }
  return undefined;
}

/** Builds the graph of every source file under folders (root-relative) to the source files it imports. */
export function buildImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = listSourceFiles(root, folders);
  const known = new Set(files);
  const edges = new Map<SourcePath, SourcePath[]>();
  const unresolved: ImportGraph['unresolved'] = [];
  for (const file of files) {
    const targets = new Set<SourcePath>();
    for (const specifier of importSpecifiers(readFileSync(join(root, file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveSpecifier(file, specifier, known);
      if (target) targets.add(target);
      else if (!assetExtension.test(specifier)) unresolved.push({ from: file, specifier });
    }
    edges.set(file, [...targets].sort());
  }
  return { edges, unresolved };
}

/** Strongly connected components with more than one file, or one file importing itself (Tarjan). */
function tangledComponents(edges: ReadonlyMap<SourcePath, readonly SourcePath[]>): SourcePath[][] {
  const index = new Map<SourcePath, number>();
  const low = new Map<SourcePath, number>();
  const stack: SourcePath[] = [];
  const onStack = new Set<SourcePath>();
  const components: SourcePath[][] = [];
  let counter = 0;

  const visit = (node: SourcePath): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: SourcePath[] = [];
    let member: SourcePath | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) components.push(component.sort());
  };

  for (const node of [...edges.keys()].sort()) {
    if (!index.has(node)) visit(node);
  }
  return components;
}

/** A shortest path of imports from start back to start, staying inside the component. */
function shortestCycle(start: SourcePath, members: ReadonlySet<SourcePath>, edges: ReadonlyMap<SourcePath, readonly SourcePath[]>): SourcePath[] {
  const previous = new Map<SourcePath, SourcePath>();
  const queue: SourcePath[] = [start];
  for (let at = 0; at < queue.length; at += 1) {
    const node = queue[at] as SourcePath;
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let step: SourcePath | undefined = node; step !== undefined && step !== start; step = previous.get(step)) path.splice(1, 0, step);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

export interface ImportCycle {
  /** Every file tangled in this knot of imports. */
  files: SourcePath[];
  /** One concrete loop through them, first file repeated at the end. */
  example: SourcePath[];
}

/** Every import cycle, one per knot of mutually reachable files, ordered by their first file. */
export function findImportCycles(edges: ReadonlyMap<SourcePath, readonly SourcePath[]>): ImportCycle[] {
  return tangledComponents(edges)
    .sort((left, right) => ((left[0] ?? '') < (right[0] ?? '') ? -1 : 1))
    .map((files) => ({ files, example: shortestCycle(files[0] as SourcePath, new Set(files), edges) }));
}

/** A readable report of the cycles, one block each. */
export function describeCycles(cycles: readonly ImportCycle[]): string {
  return cycles
    .map((cycle, at) => `cycle ${at + 1} (${cycle.files.length} files):\n  ${cycle.example.join('\n  -> ')}\n  files: ${cycle.files.join(', ')}`)
    .join('\n\n');
}
