import { isRecord } from '../../base/guards';
import type { StoredRecord } from '../../migrations';
import type { EvaluationSnapshot } from '../evaluationFile/evaluationSnapshot';
import { theEvaluation } from '../evaluationFile/evaluationSnapshot';
import { IdMap, text } from './idMap';
import { matchCodes } from './matchCodes';
import { matchDocuments, matchProjects } from './matchDocuments';
import { idsOf, matchRecords, type RecordRule } from './matchRecords';
import type { MergePlan, PlanMergeResult } from './mergePlan';
import { excerpt } from '../../coding/stepSummary';

const ids = (records: readonly StoredRecord[]) => new Set(records.map((record) => text(record, 'id')));
const folded = (value: string) => value.trim().toLocaleLowerCase('sv');

/** A passage's place, codes and coder: two passages alike in all four are one. */
function passageKey(segment: StoredRecord): string | null {
  const position = segment.position;
  if (!isRecord(position)) return null;
  return [text(segment, 'documentId'), String(position.start), String(position.end), text(segment, 'coder'), [...idsOf(segment, 'codeIds')].sort().join(',')].join('\u0000');
}

/** A judgement's subject and criterion: there is one judgement of a criterion per subject. */
function judgementKey(judgement: StoredRecord): string {
  const subject = isRecord(judgement.subject) ? judgement.subject : {};
  const subjectKey = subject.kind === 'project' ? String(subject.projectId) : 'programme';
  return `${subjectKey}\u0000${text(judgement, 'criterionCodeId')}`;
}

/**
 * What merging a colleague's evaluation (theirs) into mine would add and change, before anything is
 * written (THE MERGE RULE). Documents are matched by SHA-256 (their passages then point to my document;
 * a document only they have is added with its text and original), projects by id then name, codes by id
 * then by name and place in the tree; passages, judgements, findings and recommendations by id, then by
 * what they are (a passage alike in document, range, codes and coder; a judgement of the same criterion
 * and subject; a finding of the same section and title; a recommendation of the same title). Passages
 * keep their coder. A record both hold with a field of different values is a conflict, field by field;
 * links to evidence are joined. A file of another evaluation (another id and no document in common) is
 * refused. Both snapshots are left as they were.
 */
export function planMerge(mine: EvaluationSnapshot, theirs: EvaluationSnapshot): PlanMergeResult {
  const my = theEvaluation(mine);
  const their = theEvaluation(theirs);
  const table = (snapshot: EvaluationSnapshot, name: string): StoredRecord[] => snapshot.tables[name] ?? [];
  const map = new IdMap();
  map.set(their.id, my.id);
  const projects = matchProjects(table(mine, 'projects'), table(theirs, 'projects'), map, my.id);
  const documents = matchDocuments(table(mine, 'documents'), { documents: table(theirs, 'documents'), documentTexts: table(theirs, 'documentTexts'), originals: table(theirs, 'originals') }, map, my.id);
  if (their.id !== my.id && documents.matched.length === 0) return { ok: false, refusal: { code: 'otherEvaluation', mine: my.title, theirs: their.title } };
  const codes = matchCodes(table(mine, 'codes'), table(theirs, 'codes'), map, my.id);

  const codeLabels: Record<string, string> = {};
  for (const code of [...table(mine, 'codes'), ...codes.added]) codeLabels[text(code, 'id')] = text(code, 'labelSv');
  const projectIds = ids([...table(mine, 'projects'), ...projects]);
  const codeIds = ids([...table(mine, 'codes'), ...codes.added]);
  const documentIds = ids([...table(mine, 'documents'), ...documents.documents]);
  const dataCodingIds = ids(table(mine, 'dataCodings'));
  const quoteOf = (segment: StoredRecord) => (isRecord(segment.quote) && typeof segment.quote.exact === 'string' ? segment.quote.exact : '');

  const segmentRule: RecordRule = { table: 'segments', key: passageKey, fields: ['memo', 'strength', 'direction', 'codeIds'], links: [], known: { documentId: documentIds, codeIds }, label: (s) => excerpt(quoteOf(s), 80) };
  const segments = matchRecords(segmentRule, table(mine, 'segments'), table(theirs, 'segments'), map, my.id);
  const segmentIds = ids([...table(mine, 'segments'), ...segments.added]);

  const judgementRule: RecordRule = {
    table: 'judgements',
    key: judgementKey,
    fields: ['rating', 'confidence', 'justification'],
    links: ['segmentIds', 'dataCodingIds'],
    known: { criterionCodeId: codeIds, segmentIds, dataCodingIds },
    label: (j) => codeLabels[text(j, 'criterionCodeId')] ?? '',
  };
  const judgements = matchRecords(judgementRule, table(mine, 'judgements'), table(theirs, 'judgements'), map, my.id);
  const judgementIds = ids([...table(mine, 'judgements'), ...judgements.added]);

  const findingRule: RecordRule = {
    table: 'findings',
    key: (f) => `${text(f, 'section')}\u0000${folded(text(f, 'title'))}`,
    fields: ['title', 'text'],
    links: ['judgementIds', 'segmentIds', 'dataCodingIds'],
    known: { judgementIds, segmentIds, dataCodingIds },
    label: (f) => text(f, 'title'),
  };
  const findings = matchRecords(findingRule, table(mine, 'findings'), table(theirs, 'findings'), map, my.id);
  const findingIds = ids([...table(mine, 'findings'), ...findings.added]);

  const recommendationRule: RecordRule = { table: 'recommendations', key: (r) => folded(text(r, 'title')), fields: ['title', 'text'], links: ['findingIds'], known: { findingIds }, label: (r) => text(r, 'title') };
  const recommendations = matchRecords(recommendationRule, table(mine, 'recommendations'), table(theirs, 'recommendations'), map, my.id);

  // A passage's project the merged evaluation does not hold (a damaged file) becomes the programme's.
  const addedSegments = segments.added.map((s) => (s.projectId === null || projectIds.has(text(s, 'projectId')) ? s : { ...s, projectId: null }));
  const parts = [segments, judgements, findings, recommendations];
  const plan: MergePlan = {
    evaluationId: my.id,
    added: {
      projects,
      documents: documents.documents,
      documentTexts: documents.documentTexts,
      originals: documents.originals,
      codes: codes.added,
      segments: addedSegments,
      judgements: judgements.added,
      findings: findings.added,
      recommendations: recommendations.added,
    },
    matched: parts.flatMap((part) => part.matched),
    conflicts: parts.flatMap((part) => part.conflicts),
    documentsMatched: documents.matched,
    codesByName: codes.byName,
    codeLabels,
  };
  return { ok: true, plan };
}
