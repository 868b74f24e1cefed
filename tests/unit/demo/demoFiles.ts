/** Reads the real demo manifest and text files from resources/demo, as the app bundles them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DemoFile } from '../../../shared/demo/buildDemo';
import { parseFramework, type Framework } from '../../../shared/domain/framework';

export const DEMO_DIR = fileURLToPath(new URL('../../../resources/demo/', import.meta.url));

export function demoJson(): unknown {
  return JSON.parse(readFileSync(`${DEMO_DIR}demo.json`, 'utf8')) as unknown;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every .txt file of resources/demo by file name, with its bytes and their SHA-256. */
export function demoFiles(): Map<string, DemoFile> {
  const files = new Map<string, DemoFile>();
  for (const name of readdirSync(DEMO_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(readFileSync(`${DEMO_DIR}${name}`));
    files.set(name, { bytes, sha256: sha256Of(bytes) });
  }
  return files;
}

export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const FRAMEWORKS_DIR = fileURLToPath(new URL('../../../resources/frameworks/', import.meta.url));

/** The shipped frameworks, the results matrix first, as the app gives them to the demo. */
export function demoFrameworks(): Framework[] {
  const order = ['results-matrix', 'learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'];
  return order.map((id) => parseFramework(JSON.parse(readFileSync(`${FRAMEWORKS_DIR}${id}.json`, 'utf8')) as unknown));
}
