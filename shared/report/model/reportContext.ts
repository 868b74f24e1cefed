import type { Code } from '../../domain/code';
import type { Id } from '../../domain/ids';
import type { Judgement, JudgementSubject, RatingScale, ScaleLevel } from '../../domain/judgement';
import type { Project } from '../../domain/project';
import type { ReportSectionId } from '../../domain/reportSettings';
import type { EvidenceDirection, EvidenceStrength } from '../../domain/segment';
import { codeLabel } from '../../domain/codeLabel';
import { levelLabel, scaleFor } from '../../domain/ratingScales';
import { subjectKeyOf } from '../../domain/judgement';
import { countedOnce } from '../../analysis/countedOnce';
import { analyseMatrix, type MatrixAnalysis } from '../../analysis/matrixAnalysis';
import { passageItem, rowItem } from '../../analysis/evidenceItem';
import { anonymise, namesToReplace } from './anonymise';
import { collapseWhitespace, compareQuotes, nameCollator, type ReportQuote } from './reportQuote';
import { quotePage } from './citation';
import type { ReportInput, ReportSourceDocument } from './reportInput';
import { reportWords, type ReportWords } from './reportWords';

/**
 * A coded passage as the report may quote it (`text` anonymised when the report is, `projectName`
 * "Programmet" for a passage of a programme document about no project), and what it is chosen by.
 */
export interface ReportQuoteItem extends ReportQuote {
  /** The codes the passage counts for (a twin's repeats taken away). */
  codeIds: Id[];
  strength: EvidenceStrength | null;
  direction: EvidenceDirection | null;
  inReport: boolean;
  /** The memo, only when the evaluator marked it for the report (anonymised like the quote); else null. */
  memo: string | null;
  coder: string;
}

/** What every section reads: the input looked up once, the matrix analysed, the quotes in their stable order. */
export interface ReportContext {
  input: ReportInput;
  w: ReportWords;
  enabled: (section: ReportSectionId) => boolean;
  /** The register's projects, by name. */
  projects: Project[];
  projectById: ReadonlyMap<Id, Project>;
  /** The current versions of the documents. */
  documents: ReportSourceDocument[];
  documentById: ReadonlyMap<Id, ReportSourceDocument>;
  /** The evaluation's codes by `order`. */
  codes: Code[];
  codeById: ReadonlyMap<Id, Code>;
  /** Every quotable passage in the stable order (project, document, position; the programme's last). */
  quotes: ReportQuoteItem[];
  quoteById: ReadonlyMap<Id, ReportQuoteItem>;
  /** A code's quotes in the stable order. */
  quotesOf: (codeId: Id) => ReportQuoteItem[];
  analysis: MatrixAnalysis;
  label: (code: Code) => string;
  scale: (frameworkId: string) => RatingScale;
  judgementOf: (codeId: Id, subject: JudgementSubject) => Judgement | null;
  /** A judgement's level on its framework's scale, or null when unrated. */
  levelOf: (judgement: Judgement | null) => ScaleLevel | null;
  /** A rating written out: the level's label, or "Ej bedömd". */
  ratingText: (judgement: Judgement | null) => string;
}

function byOrder(a: Code, b: Code): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Looks the input up once for all sections. Superseded document versions and what is coded in them are left out. */
export function reportContext(input: ReportInput): ReportContext {
  const { evaluation, settings, language } = input;
  const w = reportWords(language);
  const evaluationId = evaluation.id;
  const on = new Map(settings.sections.map((s) => [s.id, s.enabled]));
  const projects = input.projects.filter((p) => p.evaluationId === evaluationId).sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const documents = input.documents.filter((d) => d.evaluationId === evaluationId && d.supersededBy === null);
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const codes = input.codes.filter((c) => c.evaluationId === evaluationId).sort(byOrder);
  const codeById = new Map(codes.map((c) => [c.id, c]));
  const names = settings.anonymise ? namesToReplace(projects, settings.people, w.t('managerRole')) : [];
  const hide = (text: string) => (names.length === 0 ? text : anonymise(text, names, language));

  const segments = input.segments.filter((s) => s.evaluationId === evaluationId && documentById.has(s.documentId) && (s.projectId === null || projectById.has(s.projectId)));
  const counted = countedOnce(segments, documents);
  const quotes: ReportQuoteItem[] = [];
  for (const segment of counted) {
    const document = documentById.get(segment.documentId) as ReportSourceDocument;
    const text = collapseWhitespace(segment.quote.exact);
    if (text === '') continue;
    const memo = segment.memoInReport === true ? collapseWhitespace(segment.memo) : '';
    quotes.push({
      segmentId: segment.id,
      text: hide(text),
      projectId: segment.projectId,
      projectName: segment.projectId === null ? w.t('programme') : (projectById.get(segment.projectId)?.name ?? ''),
      documentId: document.id,
      documentType: document.type,
      documentDate: document.date,
      documentTitle: document.title,
      page: quotePage(document.blocks, segment.position),
      position: segment.position.start,
      codeIds: [...new Set(segment.codeIds)].filter((id) => codeById.has(id)),
      strength: segment.strength,
      direction: segment.direction,
      inReport: segment.inReport === true,
      memo: memo === '' ? null : hide(memo),
      coder: segment.coder,
    });
  }
  quotes.sort((a, b) => (a.projectId === null ? 1 : 0) - (b.projectId === null ? 1 : 0) || compareQuotes(a, b));
  const quoteById = new Map(quotes.map((q) => [q.segmentId, q]));
  const byCode = new Map<Id, ReportQuoteItem[]>();
  for (const quote of quotes) {
    for (const id of quote.codeIds) {
      const list = byCode.get(id);
      if (list) list.push(quote);
      else byCode.set(id, [quote]);
    }
  }

  const items = [...counted.map(passageItem), ...input.dataCodings.filter((d) => d.evaluationId === evaluationId).map(rowItem)];
  const analysis = analyseMatrix(codes, items, { projects, documents });
  const scales = new Map<string, RatingScale>();
  const scale = (frameworkId: string) => {
    const found = scales.get(frameworkId) ?? scaleFor(input.ratingScales, evaluationId, frameworkId);
    scales.set(frameworkId, found);
    return found;
  };
  const judgements = new Map(input.judgements.filter((j) => j.evaluationId === evaluationId).map((j) => [`${j.criterionCodeId}\u0000${subjectKeyOf(j.subject)}`, j]));
  const judgementOf = (codeId: Id, subject: JudgementSubject) => judgements.get(`${codeId}\u0000${subjectKeyOf(subject)}`) ?? null;
  const levelOf = (judgement: Judgement | null) => {
    if (judgement === null || judgement.rating === null) return null;
    const code = codeById.get(judgement.criterionCodeId);
    return scale(code?.frameworkId ?? '').levels.find((l) => l.key === judgement.rating) ?? null;
  };
  const ratingText = (judgement: Judgement | null) => {
    const level = levelOf(judgement);
    return level === null ? w.t('unrated') : levelLabel(level, language);
  };
  return {
    input,
    w,
    enabled: (section) => on.get(section) ?? false,
    projects,
    projectById,
    documents,
    documentById,
    codes,
    codeById,
    quotes,
    quoteById,
    quotesOf: (codeId) => byCode.get(codeId) ?? [],
    analysis,
    label: (code) => codeLabel(code, language),
    scale,
    judgementOf,
    levelOf,
    ratingText,
  };
}
