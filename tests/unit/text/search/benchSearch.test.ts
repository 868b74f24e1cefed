import { describe, expect, it } from 'vitest';
import { BENCH_QUERIES, benchmarkSearch, generateBenchDocuments } from '../../../bench/searchWorstCase';

describe('the search benchmark hook', () => {
  it('generates deterministic report text with pages', () => {
    const documents = generateBenchDocuments({ documents: 2, blocksPerDocument: 20, wordsPerBlock: 30, seed: 3 });
    expect(documents).toEqual(generateBenchDocuments({ documents: 2, blocksPerDocument: 20, wordsPerBlock: 30, seed: 3 }));
    expect(documents).toHaveLength(2);
    const [first] = documents;
    expect(first?.blocks).toHaveLength(20);
    expect(first?.blocks[19]?.page).toBe('7');
    for (const block of first?.blocks ?? []) expect(first?.text.slice(block.start, block.end)).toMatch(/^\S.*\.$/u);
  });

  it('builds the index and runs every query, reporting hits and times', () => {
    let clock = 0;
    const result = benchmarkSearch(generateBenchDocuments({ documents: 5, blocksPerDocument: 60, wordsPerBlock: 40 }), BENCH_QUERIES, () => (clock += 1), 1);
    expect(result.documents).toBe(5);
    expect(result.blocks).toBe(300);
    expect(result.queries.map((query) => query.query)).toEqual(BENCH_QUERIES.map((query) => query.query));
    expect(result.queries.find((query) => query.query === 'och')?.hits).toBeGreaterThan(100);
    expect(result.queries.every((query) => query.ms > 0)).toBe(true);
  });
});
