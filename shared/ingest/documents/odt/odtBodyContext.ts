/** What was left out or resolved on the way, for the warnings. */
export interface OdtCounts {
  images: number;
  external: number;
  embedded: number;
  insertions: number;
  deletions: number;
}

/**
 * Where page numbers come from: LibreOffice's soft page breaks (its last layout, like Word's
 * lastRenderedPageBreak), else page breaks before or after paragraphs set in their styles.
 */
export type OdtPageSource = 'rendered' | 'explicit';
