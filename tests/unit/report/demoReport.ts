// The demo evaluation's report input, as the CLI and the worker build it: from the demo's evaluation-file tables.
import { demoEvaluationSnapshot } from '../../support/evaluationFileFixtures';
import type { ReportLanguage } from '../../../shared/domain/evaluation';
import { reportInputFromTables, type ReportInput } from '../../../shared/report/model/reportInput';
import type { ReportBlock, ReportDocument } from '../../../shared/report/document/reportDocument';

export const GENERATED_ON = '2026-12-07';

let tables: Record<string, readonly object[]> | null = null;

/** The demo's report input (the snapshot is built once per test file). */
export function demoInput(language: ReportLanguage = 'sv'): ReportInput {
  tables ??= demoEvaluationSnapshot().tables;
  return reportInputFromTables(tables, language, GENERATED_ON);
}

/** The level-1 headings of a document, in order. */
export function sectionHeadings(document: ReportDocument): string[] {
  return document.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
}

/** The blocks of the section whose level-1 heading is `title`. */
export function sectionBlocks(document: ReportDocument, title: string): ReportBlock[] {
  const start = document.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  if (start < 0) return [];
  const next = document.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return document.blocks.slice(start, next < 0 ? undefined : next);
}

export function quotes(blocks: readonly ReportBlock[]): Extract<ReportBlock, { kind: 'quote' }>[] {
  return blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
}
