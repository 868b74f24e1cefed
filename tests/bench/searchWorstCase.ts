// The benchmark's hook: builds the search index over generated Swedish report texts and times queries,
// exactly as the search worker runs them. Runs in Node and in the browser (the clock is passed in).
import { SearchIndex } from '../../shared/text/search/searchIndex';
import type { SearchBlock, SearchDocument, SearchMode } from '../../shared/text/search/searchTypes';

/** Real words at the top of the frequency list (function words first), as in Swedish report text. */
const COMMON = (
  'och i att som för på är med av har till det en den de om inte under vi ett var kan från ska' +
  ' projektet även samt mellan genom också vid där så efter andra många nya sina hur eller mot' +
  ' kommunerna företagen regionen arbetet året deltagarna insatserna resultat samverkan utveckling' +
  ' styrgruppen projektledaren näringslivet målgruppen aktiviteter kompetensförsörjning utvärderingen' +
  ' länet landsbygden företag nätverk lärande effekter indikatorer budgeten träffar möten workshoppar' +
  ' Mora Orsa Älvdalen Åre Berg Östersund Luleå Umeå Skellefteå Kiruna Region Dalarna Jämtland'
).split(' ');
/** Rarer real words placed further down the list, for realistic queries. */
const RARE = ['företagsrådet', 'besöksnäringen', 'medfinansiering', 'jämställdhet', 'upphandlingen', 'kompetenslyftet', 'Tillväxtverket', 'strukturfonden'];
const ABBREVIATIONS = ['bl.a.', 't.ex.', 'm.m.', 's.k.', 'ca', '2,5 mnkr', '18 procent', 'enl. planen'];
const SYLLABLES = 'sam ver kan för e tag ut veck ling kom mun re gion lä ran de nät verk in sats er na bygd stad skap het a o ö ä å lig ning skol hus gård berg dal sjö'.split(' ');
/** Distinct words in the generated vocabulary (real ones, then made-up Swedish-looking ones). */
const VOCABULARY = 30_000;

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(next: () => number): string[] {
  const words = [...COMMON];
  const seen = new Set(words.map((word) => word.toLowerCase()));
  while (words.length < VOCABULARY) {
    const parts = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)] as string;
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  // The rare real words take ranks 400, 1 400, 2 400 …: from a few hundred to a few thousand paragraphs in 150,000.
  RARE.forEach((word, index) => words.splice(400 + index * 1000, 0, word));
  return words;
}

export interface BenchCorpusOptions {
  documents: number;
  /** Paragraphs per document (a 300-page report has about 300-3,000). */
  blocksPerDocument: number;
  /** Words per paragraph, on average. */
  wordsPerBlock: number;
  /** Paragraphs per page, for page labels. */
  blocksPerPage?: number;
  seed?: number;
}

/**
 * Generated documents: paragraphs of sentences over a 30,000-word vocabulary with Zipf frequencies (the
 * word of rank r about 1/r as often as the first), real Swedish report words at the top, with pages.
 */
export function generateBenchDocuments(options: BenchCorpusOptions): SearchDocument[] {
  const next = random(options.seed ?? 1);
  const words = vocabulary(next);
  // Zipf by inverse transform: rank = e^(u · ln N), which gives P(rank) ∝ 1/rank.
  const logSize = Math.log(words.length);
  const word = () => words[Math.min(words.length - 1, Math.floor(Math.exp(next() * logSize)) - 1)] as string;
  const documents: SearchDocument[] = [];
  const perPage = options.blocksPerPage ?? 3;
  for (let d = 0; d < options.documents; d++) {
    let text = '';
    const blocks: SearchBlock[] = [];
    for (let b = 0; b < options.blocksPerDocument; b++) {
      const words: string[] = [];
      const count = Math.max(4, Math.round(options.wordsPerBlock * (0.5 + next())));
      for (let w = 0; w < count; w++) {
        if (w > 0 && w % 14 === 0) words[words.length - 1] += '.';
        words.push(next() < 0.02 ? (ABBREVIATIONS[Math.floor(next() * ABBREVIATIONS.length)] as string) : word());
      }
      const sentence = words.join(' ');
      const paragraph = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
      const start = text.length;
      text += paragraph;
      blocks.push({ id: `b${b}`, start, end: text.length, page: String(Math.floor(b / perPage) + 1) });
      text += '\n\n';
    }
    documents.push({ id: `doc-${d}`, text, blocks });
  }
  return documents;
}

export interface BenchQuery {
  query: string;
  mode?: Partial<SearchMode>;
}

export interface BenchResult {
  documents: number;
  blocks: number;
  characters: number;
  buildMs: number;
  queries: { query: string; mode: SearchMode; hits: number; more: boolean; stopped: boolean; ms: number }[];
}

/** Typical searches of an evaluator, and two heavy ones ("och", a regular expression over all text). */
export const BENCH_QUERIES: BenchQuery[] = [
  { query: 'företagsrådet' },
  { query: 'samverkan' },
  { query: '"samverkan mellan kommunerna"' },
  { query: 'kompetens*' },
  { query: 'Östersund', mode: { caseSensitive: true, diacriticSensitive: true } },
  { query: 'ostersund' },
  { query: 'besöksnäringen samverkan' },
  { query: 'och' },
  { query: '\\d+,\\d+ mnkr', mode: { regex: true } },
];

/**
 * Builds an index over `documents` and times each query (the best of `runs`). Example (Node, after the
 * bench's Vite build): `benchmarkSearch(generateBenchDocuments({ documents: 500, blocksPerDocument: 300,
 * wordsPerBlock: 60 }), BENCH_QUERIES, () => performance.now())`.
 */
export function benchmarkSearch(documents: readonly SearchDocument[], queries: readonly BenchQuery[], now: () => number, runs = 3): BenchResult {
  const index = new SearchIndex();
  const built = now();
  for (const document of documents) index.addDocument(document);
  const buildMs = now() - built;
  const limits = { maxHits: 5000, timeBudgetMs: 60_000, now };
  const results: BenchResult['queries'] = [];
  for (const { query, mode: partial } of queries) {
    const mode: SearchMode = { caseSensitive: false, diacriticSensitive: false, regex: false, ...partial };
    let best = Number.POSITIVE_INFINITY;
    let hits = 0;
    let more = false;
    let stopped = false;
    for (let run = 0; run < runs; run++) {
      const started = now();
      const outcome = index.search(query, mode, { limits, snippets: 100 });
      best = Math.min(best, now() - started);
      if (outcome.kind === 'hits') {
        hits = outcome.hits.length;
        more = outcome.more;
        stopped = outcome.stopped;
      }
    }
    results.push({ query, mode, hits, more, stopped, ms: Math.round(best * 10) / 10 });
  }
  return {
    documents: index.documentCount,
    blocks: index.unitCount,
    characters: documents.reduce((sum, document) => sum + document.text.length, 0),
    buildMs: Math.round(buildMs),
    queries: results,
  };
}
