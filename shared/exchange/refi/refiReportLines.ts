import type { DataLossReport, QdpxCounts } from './refiImportTypes';

/** A catalog lookup as both i18next (the screen) and `translate` (the command line) give it. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The counts that are shown, in the order they are shown (keys under `refiImport.counts.`). */
const SHOWN_COUNTS = ['sources', 'codes', 'passages', 'cases', 'variables', 'coders', 'memos'] as const;

/** What came over, one counted phrase each ("3 dokument", "152 koder"). */
export function countLines(counts: QdpxCounts, t: Translate): string[] {
  return SHOWN_COUNTS.map((key) => t(`refiImport.counts.${key}`, { count: counts[key] }));
}

/**
 * One sentence per kind lost or noticed, with some of the names where the file gave names; what the
 * codebook reader noticed (codes without names, folders made codes) in its own words, among the notices.
 */
export function reportLines(report: DataLossReport, t: Translate): { lost: string[]; notices: string[] } {
  const line = (group: 'loss' | 'notice', item: { kind: string; count: number; names: string[] }) => {
    const sentence = t(`refiImport.${group}.${item.kind}`, { count: item.count });
    if (item.names.length === 0) return sentence;
    return `${sentence} ${t(item.names.length >= item.count ? 'refiImport.named' : 'refiImport.examples', { names: item.names.join(', ') })}`;
  };
  const codebook = report.codebook.map((warning) => t(`ui.refi.warnings.${warning}`));
  return { lost: report.lost.map((item) => line('loss', item)), notices: [...report.notices.map((item) => line('notice', item)), ...codebook] };
}
