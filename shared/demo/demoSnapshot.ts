import { defaultScales } from '../domain/ratingScales';
import { storedRecords, type EvaluationSnapshot } from '../exchange/evaluationFile';
import { LATEST_VERSION } from '../migrations';
import type { DemoRecords } from './buildDemo';

/**
 * The demo evaluation as the store keeps it (renderer/store/dexie/demoRepo.ts writes the same records),
 * as a snapshot of the latest schema for an evaluation file: documents apart from their texts, each
 * original's bytes by its file name, the default rating scales, its report settings, and empty tables for what the demo has none of.
 */
export function demoSnapshot(records: DemoRecords, originals: ReadonlyMap<string, Uint8Array>): EvaluationSnapshot {
  const { evaluation, projects, documents, codes, segments, judgements, findings, recommendations, reportSettings } = records;
  const originalOf = (fileName: string): Uint8Array => {
    const bytes = originals.get(fileName);
    if (!bytes) throw new Error(`demo: the original ${fileName} is missing`);
    return bytes;
  };
  return {
    version: LATEST_VERSION,
    tables: {
      evaluations: storedRecords([evaluation]),
      projects: storedRecords(projects),
      documents: storedRecords(documents.map(({ text: _text, blocks: _blocks, ...meta }) => meta)),
      documentTexts: storedRecords(documents.map((d) => ({ documentId: d.id, evaluationId: d.evaluationId, text: d.text, blocks: d.blocks }))),
      originals: documents.map((d) => ({ documentId: d.id, evaluationId: d.evaluationId, bytes: originalOf(d.fileName) })),
      codes: storedRecords(codes),
      segments: storedRecords(segments),
      datasets: [],
      datasetRows: [],
      keyMatches: [],
      dataCodings: [],
      ratingScales: storedRecords(defaultScales(evaluation.id)),
      judgements: storedRecords(judgements),
      findings: storedRecords(findings),
      recommendations: storedRecords(recommendations),
      reportSettings: storedRecords([reportSettings]),
      agreementRuns: [],
      auditLog: [],
    },
  };
}
