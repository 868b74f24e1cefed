import { defaultScales, type Id } from '../../../shared/domain';
import type { DemoRecords } from '../../../shared/demo/buildDemo';
import type { SparbarDatabase } from './db';
import { addTexts } from './documentTextStore';

const DEMO_SETTING = 'demoEvaluationId';

export function createDemoRepo(db: SparbarDatabase, now: () => string) {
  return {
    /** The id of the demo evaluation if it was created before and still exists. */
    async existingId(): Promise<Id | null> {
      const record = await db.settings.get(DEMO_SETTING);
      const id = typeof record?.value === 'string' ? record.value : null;
      return id && (await db.evaluations.get(id)) ? id : null;
    },

    /** Stores the whole demo evaluation in one transaction, its judgements, findings, recommendations and report settings too. */
    async store(records: DemoRecords, originals: ReadonlyMap<string, Blob>): Promise<Id> {
      const { evaluation, projects, documents, codes, segments, judgements, findings, recommendations, reportSettings } = records;
      const tables = [db.evaluations, db.projects, db.documents, db.documentTextPieces, db.originals, db.codes, db.segments, db.settings, db.ratingScales, db.judgements, db.findings, db.recommendations, db.reportSettings];
      await db.transaction('rw', tables, async () => {
        await db.evaluations.add(evaluation);
        await db.ratingScales.bulkAdd(defaultScales(evaluation.id));
        await db.projects.bulkAdd(projects);
        await db.documents.bulkAdd(documents.map(({ text: _text, blocks: _blocks, ...meta }) => meta));
        await addTexts(db, documents.map((d) => ({ documentId: d.id, evaluationId: d.evaluationId, text: d.text, blocks: d.blocks })));
        await db.originals.bulkAdd(
          documents.map((d) => ({ documentId: d.id, evaluationId: d.evaluationId, blob: originals.get(d.fileName) ?? new Blob([d.text], { type: 'text/plain' }) })),
        );
        await db.codes.bulkAdd(codes);
        await db.segments.bulkAdd(segments);
        await db.judgements.bulkAdd(judgements);
        await db.findings.bulkAdd(findings);
        await db.recommendations.bulkAdd(recommendations);
        await db.reportSettings.add(reportSettings);
        await db.settings.put({ key: DEMO_SETTING, value: evaluation.id, updatedAt: now() });
      });
      return evaluation.id;
    },
  };
}

export type DemoRepo = ReturnType<typeof createDemoRepo>;
