import type { StoredBackup } from '../../../shared/domain';

export interface BackupGroup {
  evaluationId: string;
  /** The evaluation's title in the store, else the newest title a backup's note gives, else null. */
  title: string | null;
  /** Whether the evaluation is still in the store. */
  inStore: boolean;
  /** Newest first. */
  backups: StoredBackup[];
}

/**
 * The backups by evaluation: the open evaluation's group first, then the other evaluations still in the
 * store, then those no longer in it; each group's backups newest first, groups in title order.
 */
export function groupBackups(backups: readonly StoredBackup[], titles: ReadonlyMap<string, string>, openId: string | null): BackupGroup[] {
  const byId = new Map<string, StoredBackup[]>();
  for (const backup of backups) byId.set(backup.evaluationId, [...(byId.get(backup.evaluationId) ?? []), backup]);
  const groups = [...byId].map(([evaluationId, list]): BackupGroup => {
    const newestFirst = [...list].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    const noted = newestFirst.find((b) => b.meta?.title)?.meta?.title ?? null;
    return { evaluationId, title: titles.get(evaluationId) ?? noted, inStore: titles.has(evaluationId), backups: newestFirst };
  });
  const rank = (g: BackupGroup) => (g.evaluationId === openId ? 0 : g.inStore ? 1 : 2);
  return groups.sort((a, b) => rank(a) - rank(b) || (a.title ?? '\uffff').localeCompare(b.title ?? '\uffff', 'sv'));
}
