// The matrix analysis over the bench's generated evaluation (50,000 coded passages, tests/bench/codingEvaluation.ts),
// with judgements, coders and document types spread over them: `npm run bench` prints the times.
import resultsMatrixJson from '../../resources/frameworks/results-matrix.json';
import { passageItem, type EvidenceItem } from '../../shared/analysis/evidenceItem';
import { analyseMatrix } from '../../shared/analysis/matrixAnalysis';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '../../shared/analysis/matrixFilter';
import { codesFromFramework } from '../../shared/coding/copyFramework';
import { EVIDENCE_DIRECTIONS, EVIDENCE_STRENGTHS } from '../../shared/domain/segment';
import { parseFramework } from '../../shared/domain/framework';
import { generateCodingEvaluation } from './codingEvaluation';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
}

export function benchMatrixAnalysis(now: () => number = () => performance.now()) {
  const evaluationId = 'bench';
  let n = 0;
  const codes = codesFromFramework(parseFramework(resultsMatrixJson), evaluationId, () => `code-${++n}`, '2026-01-01T00:00:00.000Z');
  const generated = generateCodingEvaluation({ evaluationId, codes, documents: 500, segments: 50_000, large: { pages: 30, segments: 2000 }, pagesPerDocument: 2, now: '2026-01-01T00:00:00.000Z' });
  const documents = generated.documents.map((d, i) => ({ id: d.text.documentId, type: i % 2 === 0 ? ('delrapport' as const) : ('slutrapport' as const), date: i % 3 === 0 ? '2023-06-30' : '2024-06-30' }));
  const items: EvidenceItem[] = generated.documents.flatMap((d) => d.segments).map((segment, i) => ({
    ...passageItem(segment),
    strength: i % 4 === 3 ? null : (EVIDENCE_STRENGTHS[i % 3] ?? null),
    direction: i % 5 === 4 ? null : (EVIDENCE_DIRECTIONS[i % 2] ?? null),
    coder: i % 3 === 0 ? 'Karin' : 'Ola',
  }));
  const context = { projects: generated.projects, documents };
  const time = (label: string, filter: MatrixFilter) => {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = now();
      total = analyseMatrix(codes, items, context, filter).passages;
      times.push(now() - start);
    }
    return { label, items: items.length, counted: total, runs: RUNS, medianMs: median(times), maxMs: Math.round(Math.max(...times) * 10) / 10 };
  };
  return {
    benchmark: 'matrix-analysis',
    target: 'one pass over 50,000 items, under 100 ms',
    results: [
      time('no filter', EMPTY_MATRIX_FILTER),
      time('document type', { ...EMPTY_MATRIX_FILTER, documentType: 'slutrapport' }),
      time('county, coder and document dates', { ...EMPTY_MATRIX_FILTER, county: 'Dalarnas län', coder: 'Karin', dateFrom: '2024-01-01', dateTo: '2024-12-31' }),
    ],
  };
}
