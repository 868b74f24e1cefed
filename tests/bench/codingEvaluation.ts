// A generated evaluation for the coding benchmarks: 500 documents and 50,000 coded segments, one of them
// a 300-page report with 2,000 segments. Records are shaped as the app stores them (schema v5).
import type { Block, Code, Project, Segment } from '../../shared/domain';
import { createTextModelBuilder } from '../../shared/ingest/documents/textModelBuilder';
import { selectorsFor } from '../../shared/text/selectors';

const WORDS = [
  'projektet', 'kommunerna', 'samverkan', 'näringslivet', 'företagen', 'regionen', 'lärande', 'styrgruppen', 'upphandlingen', 'nätverket',
  'metoden', 'resultaten', 'målgruppen', 'kompetens', 'förankring', 'uppföljning', 'länsstyrelsen', 'tillväxt', 'utveckling', 'spridning',
  'har', 'visar', 'gav', 'stärkte', 'ledde', 'till', 'med', 'för', 'och', 'i', 'över', 'genom', 'inom', 'mellan', 'nya', 'fler', 'lokala',
  'gemensam', 'tydlig', 'hållbar', 'långsiktig', 'öppen', 'aktiv', 'ägarskap', 'delaktighet', 'arbetssätt', 'erfarenheter', 'utmaningar',
];

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 12);
  const words = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)] as string);
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

export interface GeneratedDocument {
  record: Record<string, unknown>;
  text: { documentId: string; evaluationId: string; text: string; blocks: Block[] };
  segments: Segment[];
}

export interface CodingEvaluationOptions {
  evaluationId: string;
  codes: readonly Code[];
  documents: number;
  segments: number;
  /** The first document: its pages and segments. */
  large: { pages: number; segments: number };
  /** Pages of every other document. */
  pagesPerDocument: number;
  now: string;
}

function documentText(rand: () => number, pages: number): { text: string; blocks: Block[] } {
  const builder = createTextModelBuilder();
  for (let page = 1; page <= pages; page++) {
    if (page % 10 === 1) builder.add('heading', `${Math.ceil(page / 10)} Genomförande och resultat`, { level: 1, page: String(page) });
    for (let p = 0; p < 4; p++) builder.add('paragraph', Array.from({ length: 4 }, () => sentence(rand)).join(' '), { page: String(page) });
  }
  return builder.build();
}

/** Projects, documents with texts, and segments spread over the documents' paragraphs. */
export function generateCodingEvaluation(options: CodingEvaluationOptions): { projects: Project[]; documents: GeneratedDocument[] } {
  const rand = random(20261122);
  const leafCodes = options.codes.filter((code) => !options.codes.some((other) => other.parentId === code.id));
  const projects: Project[] = Array.from({ length: 30 }, (_, i) => ({
    id: `bench-p${i}`,
    evaluationId: options.evaluationId,
    name: `Projekt ${String(i + 1).padStart(2, '0')}`,
    code: `P-${i + 1}`,
    owner: 'Kommunen',
    manager: 'Projektledare',
    municipalities: ['Mora'],
    // Three themes and two counties, so the analysis's filters have something to tell apart.
    county: i % 2 === 0 ? 'Dalarnas län' : 'Jämtlands län',
    level: 'lokal',
    theme: (['Samverkan', 'Kompetens', 'Innovation'] as const)[i % 3] as string,
    startDate: '2022-01-01',
    endDate: '2024-12-31',
    budgetSek: 1_000_000,
    attributes: [],
    createdAt: options.now,
    updatedAt: options.now,
  }));
  const perOther = Math.floor((options.segments - options.large.segments) / (options.documents - 1));
  const documents: GeneratedDocument[] = [];
  for (let d = 0; d < options.documents; d++) {
    const id = `bench-d${d}`;
    const projectId = (projects[d % projects.length] as Project).id;
    const pages = d === 0 ? options.large.pages : options.pagesPerDocument;
    const model = documentText(rand, pages);
    const count = d === 0 ? options.large.segments : perOther;
    const paragraphs = model.blocks.filter((block) => block.kind === 'paragraph');
    const segments: Segment[] = [];
    for (let s = 0; s < count; s++) {
      const block = paragraphs[Math.floor((s / count) * paragraphs.length)] as Block;
      const length = block.end - block.start;
      const start = block.start + Math.floor(rand() * (length / 2));
      const end = Math.min(block.end, start + 20 + Math.floor(rand() * 200));
      const codeIds = [(leafCodes[Math.floor(rand() * leafCodes.length)] as Code).id];
      if (rand() < 0.2) codeIds.push((leafCodes[Math.floor(rand() * leafCodes.length)] as Code).id);
      segments.push({
        id: `${id}-s${s}`,
        evaluationId: options.evaluationId,
        documentId: id,
        projectId,
        ...selectorsFor(model.text, start, end),
        codeIds: [...new Set(codeIds)],
        memo: '',
        strength: null,
        direction: null,
        coder: 'Bench',
        createdAt: options.now,
        updatedAt: options.now,
      });
    }
    documents.push({
      record: {
        id,
        evaluationId: options.evaluationId,
        projectId,
        // Every third report an interim one (not the first, the large final report).
        type: d % 3 === 1 ? 'delrapport' : 'slutrapport',
        date: '2024-06-30',
        title: d === 0 ? 'Slutrapport 300 sidor' : `Rapport ${d}`,
        authorOrganisation: '',
        fileName: `rapport-${d}.txt`,
        mimeType: 'text/plain',
        format: 'txt',
        size: model.text.length,
        sha256: d.toString(16).padStart(64, '0'),
        pageCount: pages,
        wordCount: model.text.split(/\s+/).length,
        warnings: [],
        importedAt: options.now,
        versionGroupId: id,
        version: 1,
        supersededBy: null,
        duplicateOf: null,
        duplicateSimilarity: null,
        sketch: null,
      },
      text: { documentId: id, evaluationId: options.evaluationId, text: model.text, blocks: model.blocks },
      segments,
    });
  }
  return { projects, documents };
}
