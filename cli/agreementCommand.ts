// `sparbar agreement FILE [--unit document|paragraph|character] [--json]`: inter-coder agreement of every
// coder of the evaluation file on the documents two or more of them coded, per code and overall, before
// and after the shared coding's resolutions: the same shared/ code as the app's Samstämmighet screen.
import { escapeControlChars } from '../shared/base/printableName';
import { agreementDocuments, codersOf, currentDocumentIds, documentsCodedBy } from '../shared/analysis/agreement/agreementChoice';
import { coefficientText, percentText } from '../shared/analysis/agreement/figureText';
import { measureAgreement } from '../shared/analysis/agreement/measureAgreement';
import type { AgreementFigures, AgreementUnit, Code, DocumentRecord, DocumentText, Segment } from '../shared/domain';
import { codeLabel } from '../shared/domain/codeLabel';
import { readEvaluationFile, webSha256 } from '../shared/exchange/evaluationFile';
import { catalogFor, translate, type Language } from '../shared/i18n';
import type { CommandIo } from './openEvaluationFile';
import { fileErrorMessage } from './openEvaluationFile';

const sha256 = webSha256(globalThis.crypto.subtle);

/** A figure line's cells, padded to columns. */
function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[i] as number))).join('  ').trimEnd();
}

function figureCells(f: AgreementFigures, language: Language): string[] {
  return [String(f.units), String(f.disagreements), percentText(f.percent, language), coefficientText(f.kappa, language), coefficientText(f.alpha, language)];
}

/** Prints the agreement of an evaluation file's plain bytes; resolves to the exit status (1: the file refused, or nothing to compare). */
export async function printAgreement(args: { file: string; unit: AgreementUnit; json: boolean; language: Language }, bytes: Uint8Array, io: CommandIo): Promise<number> {
  const catalog = catalogFor(args.language);
  const t = (key: string, values: Record<string, string | number> = {}) => translate(catalog, key, values);
  const read = await readEvaluationFile(bytes, { sha256 });
  if (!read.ok) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${fileErrorMessage(read.error, catalog)}\n`);
    return 1;
  }
  // The file's records are checked against their shapes on reading (recordShapes.ts).
  const segments = (read.snapshot.tables.segments ?? []) as unknown as Segment[];
  const texts = (read.snapshot.tables.documentTexts ?? []) as unknown as DocumentText[];
  const codes = new Map(((read.snapshot.tables.codes ?? []) as unknown as Code[]).map((c) => [c.id, c]));
  const coders = codersOf(segments);
  if (coders.length < 2) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${t('agreement.cli.tooFewCoders', { count: coders.length })}\n`);
    return 1;
  }
  const current = currentDocumentIds((read.snapshot.tables.documents ?? []) as unknown as DocumentRecord[]);
  const documentIds = [...documentsCodedBy(segments, coders).keys()].filter((id) => current.has(id));
  if (documentIds.length === 0) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${t('agreement.cli.noDocuments')}\n`);
    return 1;
  }
  const measure = measureAgreement({ unit: args.unit, coders, documents: agreementDocuments(texts, documentIds), passages: segments });
  const label = (id: string) => escapeControlChars(codes.has(id) ? codeLabel(codes.get(id) as Code, args.language) : id);
  const after = new Map(measure.after.codes.map((c) => [c.codeId, c]));
  const byLabel = [...measure.before.codes].sort((a, b) => label(a.codeId).localeCompare(label(b.codeId), args.language));
  const resolved = measure.disagreements.filter((d) => d.resolution !== null).length;
  if (args.json) {
    const entry = {
      file: args.file,
      unit: args.unit,
      coders,
      documents: documentIds,
      overall: { before: measure.before.overall, after: measure.after.overall },
      codes: byLabel.map(({ codeId, ...before }) => ({ codeId, label: label(codeId), before, after: after.get(codeId) ?? null })),
      disagreements: { open: measure.disagreements.length - resolved, resolved },
    };
    io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
    return 0;
  }
  const header = [t('agreement.code'), t('agreement.units'), t('agreement.disagreements'), t('agreement.percent'), t('agreement.kappa'), t('agreement.alpha')];
  const lines = [...byLabel.map((c) => [label(c.codeId), ...figureCells(c, args.language)]), [t('agreement.overall'), ...figureCells(measure.before.overall, args.language)]];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const a = measure.after.overall;
  io.stdout(
    [
      t('agreement.cli.heading', { file: escapeControlChars(args.file) }),
      t('agreement.cli.facts', { unit: t(`agreement.unit.${args.unit}`), coders: coders.map(escapeControlChars).join(', '), documents: documentIds.length }),
      '',
      row(header, widths),
      ...lines.map((l) => row(l, widths)),
      '',
      translate(catalog, 'agreement.cli.open', { count: measure.disagreements.length - resolved, resolved }),
      t('agreement.cli.afterNote', { percent: percentText(a.percent, args.language), kappa: coefficientText(a.kappa, args.language), alpha: coefficientText(a.alpha, args.language) }),
    ].join('\n') + '\n',
  );
  return 0;
}
