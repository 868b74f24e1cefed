import demoJson from '../../../resources/demo/demo.json';
import { buildDemo, type DemoFile } from '../../../shared/demo/buildDemo';
import { parseDemoManifest } from '../../../shared/demo/demoManifest';
import type { Id } from '../../../shared/domain';
import type { Repositories, RepositoryDeps } from '../../store';
import { defaultFrameworks } from '../../services/frameworks';

const demoTexts = import.meta.glob('../../../resources/demo/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Opens the demo evaluation, creating it on first use (the whole of it in one transaction). */
export async function openDemo(repos: Repositories, deps: RepositoryDeps): Promise<Id> {
  const existing = await repos.demo.existingId();
  if (existing) return existing;
  const manifest = parseDemoManifest(demoJson);
  const files = new Map<string, DemoFile>();
  const originals = new Map<string, Blob>();
  for (const [path, text] of Object.entries(demoTexts)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const bytes = new TextEncoder().encode(text);
    files.set(name, { bytes, sha256: await deps.sha256(bytes) });
    originals.set(name, new Blob([bytes], { type: 'text/plain;charset=utf-8' }));
  }
  const records = buildDemo(manifest, files, defaultFrameworks(), deps.newId, deps.now());
  return repos.demo.store(records, originals);
}
