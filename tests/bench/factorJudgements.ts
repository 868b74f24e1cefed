// The analysis side of the bench's generated evaluation (tests/bench/codingEvaluation.ts): a framework of
// 40 factors and a judgement of every factor for each of the 30 projects and the programme, linked to
// passages coded with the factor in the project's reports. Records are shaped as the app stores them (v7+).
import type { Code, Judgement, Project } from '../../shared/domain';
import { EMPTY_CODE_TEXTS } from '../../shared/domain/code';
import { random, type GeneratedDocument } from './codingEvaluation';

export const BENCH_FRAMEWORK_ID = 'bench-factors';

export interface FactorJudgementOptions {
  evaluationId: string;
  projects: readonly Project[];
  /** The generated documents: some of their passages get the factor codes (changed in place). */
  documents: readonly GeneratedDocument[];
  /** Codes in the framework, group headers included (a group for every ten). */
  factors: number;
  now: string;
}

const RATINGS = ['0', '1', '2', '3', 'na', null] as const;
const CONFIDENCE = ['low', 'medium', 'high', null] as const;

/**
 * The framework's codes (every tenth a group header over the nine after it) and the judgements. The
 * first document (the large report the coding bench opens) is left as it was.
 */
export function generateFactorJudgements(options: FactorJudgementOptions): { codes: Code[]; judgements: Judgement[] } {
  // A generator of its own (another seed), so the documents and segments stay as the coding bench had them.
  const rand = random(4040);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const codes: Code[] = [];
  let parentId: string | null = null;
  for (let i = 0; i < options.factors; i++) {
    const header = i % 10 === 0;
    const id = `bench-f${i}`;
    codes.push({
      ...EMPTY_CODE_TEXTS,
      labelSv: header ? `Faktorgrupp ${i / 10 + 1}` : `Faktor ${i + 1}`,
      labelEn: header ? `Factor group ${i / 10 + 1}` : `Factor ${i + 1}`,
      id,
      evaluationId: options.evaluationId,
      frameworkId: BENCH_FRAMEWORK_ID,
      frameworkCodeId: `f${i}`,
      parentId: header ? null : parentId,
      matrixCell: null,
      colour: '#4f7cac',
      shortcut: null,
      order: header ? i / 10 : (i % 10) - 1,
      createdAt: options.now,
    });
    if (header) parentId = id;
  }
  const byProject = new Map<string, GeneratedDocument[]>();
  for (const document of options.documents.slice(1)) {
    const projectId = document.record.projectId as string;
    byProject.set(projectId, [...(byProject.get(projectId) ?? []), document]);
  }
  const everyDocument = options.documents.slice(1);
  const judgements: Judgement[] = [];
  const subjects = [...options.projects.map((project) => ({ kind: 'project' as const, projectId: project.id })), { kind: 'programme' as const }];
  for (const code of codes) {
    for (const subject of subjects) {
      const pool = subject.kind === 'project' ? (byProject.get(subject.projectId) ?? []) : everyDocument;
      const segmentIds: string[] = [];
      const links = Math.floor(rand() * 5);
      for (let n = 0; n < links && pool.length > 0; n++) {
        const segments = pick(pool).segments;
        if (segments.length === 0) continue;
        const segment = pick(segments);
        if (!segment.codeIds.includes(code.id)) segment.codeIds.push(code.id);
        if (!segmentIds.includes(segment.id)) segmentIds.push(segment.id);
      }
      judgements.push({
        id: `bench-j-${code.id}-${subject.kind === 'project' ? subject.projectId : 'programme'}`,
        evaluationId: options.evaluationId,
        subject,
        criterionCodeId: code.id,
        rating: pick(RATINGS),
        confidence: pick(CONFIDENCE),
        justification: segmentIds.length > 0 ? 'Bedömningen vilar på de länkade citaten.' : '',
        segmentIds,
        dataCodingIds: [],
        coder: 'Bench',
        createdAt: options.now,
        updatedAt: options.now,
      });
    }
  }
  return { codes, judgements };
}
