import type { BackupMeta } from '../../domain';
import { theEvaluation, type EvaluationSnapshot } from '../evaluationFile/evaluationSnapshot';
import { EVALUATION_TABLES } from '../evaluationFile/format';

/**
 * The note kept beside a backup: the evaluation, its title and the records per table (the counts the
 * file's manifest gives). An encrypted backup's note names no title and no counts, so nothing of the
 * evaluation is written in clear beside it.
 */
export function backupMetaOf(snapshot: EvaluationSnapshot, savedAt: string, encrypted: boolean): BackupMeta {
  const evaluation = theEvaluation(snapshot);
  if (encrypted) return { evaluationId: evaluation.id, title: null, savedAt, counts: null, encrypted };
  const counts: Record<string, number> = {};
  for (const table of EVALUATION_TABLES) counts[table] = snapshot.tables[table]?.length ?? 0;
  return { evaluationId: evaluation.id, title: evaluation.title, savedAt, counts, encrypted };
}
