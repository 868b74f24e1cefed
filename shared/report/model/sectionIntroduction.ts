import type { ReportBlock, ReportTableCell } from '../document/reportDocument';
import { MATRIX_COLUMNS } from '../../domain/code';
import { codeDefinition } from '../../domain/codeLabel';
import { MATRIX_LEVEL_ORDER } from '../../analysis/matrixCells';
import { RESULTS_MATRIX_FRAMEWORK } from '../../analysis/unforeseen';
import { cell, evaluatorText, heading, paragraph, table } from './reportBlocks';
import type { ReportContext } from './reportContext';

/** The results matrix as a table: a row per level (with its target groups), its categories under results and effects. */
export function resultsMatrixTable(ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const rows: ReportTableCell[][] = MATRIX_LEVEL_ORDER.map((level) => {
    const levelCode = ctx.codes.find((c) => c.frameworkId === RESULTS_MATRIX_FRAMEWORK && c.frameworkCodeId === level);
    const groups = levelCode ? codeDefinition(levelCode, ctx.input.language).trim() : '';
    const levelCell: ReportTableCell = { inlines: [{ text: w.full(`level.${level}`), bold: true }, ...(groups === '' ? [] : [{ text: ` ${groups}` }])] };
    const columns = MATRIX_COLUMNS.map((column) => {
      const categories = ctx.analysis.cells.find((c) => c.level === level && c.column === column)?.categories ?? [];
      return cell(categories.length === 0 ? '–' : categories.map((c) => ctx.label(c.code)).join('; '));
    });
    return [levelCell, ...columns];
  });
  return table(w.t('introduction.matrixCaption'), [w.t('introduction.level'), w.full('column.results'), w.full('column.effects')], [26, 37, 37], rows);
}

/** Inledning: the purpose and questions (the evaluator's), and the programme's logic, the results matrix. */
export function introductionSection(ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const purpose = evaluatorText(ctx, 'introduction.purpose');
  return [
    heading(1, w.t('introduction.heading')),
    ...(purpose.length === 0 ? [] : [heading(2, w.t('introduction.purpose')), ...purpose]),
    heading(2, w.t('introduction.logic')),
    paragraph(w.t('introduction.logicText', { programme: ctx.input.evaluation.programme.trim() || w.t('programmeFallback') })),
    resultsMatrixTable(ctx),
  ];
}
