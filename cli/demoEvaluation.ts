// The demo evaluation as the app builds it (renderer/features/evaluations/openDemo.ts): the manifest and
// text files of resources/demo and the frameworks of resources/frameworks, bundled into the command line.
import { randomUUID } from 'node:crypto';
import demoJson from '../resources/demo/demo.json';
import { buildDemo, type DemoFile } from '../shared/demo/buildDemo';
import { parseDemoManifest } from '../shared/demo/demoManifest';
import { demoSnapshot } from '../shared/demo/demoSnapshot';
import { parseFramework } from '../shared/domain/framework';
import { DEFAULT_SCALE_FRAMEWORKS } from '../shared/domain/ratingScales';
import type { EvaluationSnapshot } from '../shared/exchange/evaluationFile';

const demoTexts = import.meta.glob('../resources/demo/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const frameworkFiles = import.meta.glob('../resources/frameworks/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** The results matrix first, in the order the app gives the shipped frameworks (renderer/services/frameworks.ts). */
function rank(id: string): number {
  const index = (DEFAULT_SCALE_FRAMEWORKS as readonly string[]).indexOf(id);
  return index === -1 ? DEFAULT_SCALE_FRAMEWORKS.length : index;
}

/** The whole demo evaluation, with new ids, as a snapshot for an evaluation file. */
export async function demoEvaluation(sha256: (bytes: Uint8Array) => Promise<string>, now: string): Promise<EvaluationSnapshot> {
  const files = new Map<string, DemoFile>();
  for (const [path, text] of Object.entries(demoTexts)) {
    const bytes = new TextEncoder().encode(text);
    files.set(path.slice(path.lastIndexOf('/') + 1), { bytes, sha256: await sha256(bytes) });
  }
  const frameworks = Object.values(frameworkFiles)
    .map((json) => parseFramework(json))
    .sort((a, b) => rank(a.id) - rank(b.id));
  const records = buildDemo(parseDemoManifest(demoJson), files, frameworks, randomUUID, now);
  return demoSnapshot(records, new Map([...files].map(([name, file]) => [name, file.bytes])));
}
