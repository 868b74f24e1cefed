import type { DataLossItem, DataLossKind, ImportNotice, ImportNoticeKind } from './refiImportTypes';

/** Names kept per kind for the report's sentence (the count says how many in all). */
const NAMES_KEPT = 5;

/** Counts what was lost, and what the evaluator should know, kind by kind, in the order first met. */
export function createLossTally() {
  const lost = new Map<DataLossKind, DataLossItem>();
  const notices = new Map<ImportNoticeKind, ImportNotice>();
  const addTo = <K extends string, T extends { kind: K; count: number; names: string[] }>(map: Map<K, T>, kind: K, name: string | null, count: number) => {
    let item = map.get(kind);
    if (!item) {
      item = { kind, count: 0, names: [] } as unknown as T;
      map.set(kind, item);
    }
    item.count += count;
    const named = name?.trim() ?? '';
    if (named !== '' && item.names.length < NAMES_KEPT && !item.names.includes(named)) item.names.push(named);
  };
  return {
    lose(kind: DataLossKind, name: string | null = null, count = 1): void {
      if (count > 0) addTo(lost, kind, name, count);
    },
    notice(kind: ImportNoticeKind, name: string | null = null, count = 1): void {
      if (count > 0) addTo(notices, kind, name, count);
    },
    report(): { lost: DataLossItem[]; notices: ImportNotice[] } {
      return { lost: [...lost.values()], notices: [...notices.values()] };
    },
  };
}

export type LossTally = ReturnType<typeof createLossTally>;
