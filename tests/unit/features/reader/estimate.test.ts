import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS, estimateChunkHeight } from '../../../../renderer/features/reader/estimate';
import { layoutDocument } from '../../../../renderer/features/reader/layout';
import { doc } from './docs';

function height(entries: Parameters<typeof doc>[0], metrics = DEFAULT_METRICS): number {
  const model = doc(entries);
  const layout = layoutDocument(model.blocks, { showRunning: false, chunkSize: 1000, maxChunkSize: 1000 });
  return layout.chunks.reduce((sum, chunk) => sum + estimateChunkHeight(chunk, layout.listNumbers, metrics), 0);
}

describe('estimateChunkHeight', () => {
  const paragraph = 'Projektet har stärkt samverkan mellan kommunerna och regionen. '.repeat(6);

  it('grows with the text and with narrower columns', () => {
    const one = height([['paragraph', paragraph]]);
    const two = height([['paragraph', paragraph], ['paragraph', paragraph]]);
    expect(two).toBeGreaterThan(one * 1.8);
    expect(height([['paragraph', paragraph]], { ...DEFAULT_METRICS, width: 300 })).toBeGreaterThan(one * 1.6);
    // About the height of the lines the text needs at the default width.
    const lines = Math.ceil(paragraph.length / (DEFAULT_METRICS.width / (DEFAULT_METRICS.fontSize * 0.5)));
    expect(one).toBeGreaterThan(lines * DEFAULT_METRICS.lineHeight);
    expect(one).toBeLessThan((lines + 2) * DEFAULT_METRICS.lineHeight);
  });

  it('counts a page marker, and a table by its rows rather than its cells', () => {
    expect(height([['paragraph', 'Text', { page: '1' }]])).toBeGreaterThan(height([['paragraph', 'Text']]));
    const row = (r: number) =>
      [0, 1, 2, 3].map((c) => ['tableCell', `R${r}C${c}`, { cell: { table: 0, row: r, column: c, header: false } }] as const);
    const twoRows = height([...row(0), ...row(1)]);
    const fourRows = height([...row(0), ...row(1), ...row(2), ...row(3)]);
    expect(fourRows).toBeGreaterThan(twoRows * 1.5);
    expect(twoRows).toBeLessThan(height(Array.from({ length: 8 }, (_, i) => ['paragraph', `P${i}`] as const)));
  });
});
