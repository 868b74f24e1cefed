import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { whenStoreQuiet } from '../../../renderer/store';
import { evaluationInput, openHarness } from './harness';

describe('waiting for a pause in the store’s writes', () => {
  it('resolves only once no write has been seen for the time asked', async () => {
    const h = openHarness('store-quiet');
    const started = Date.now();
    let resolvedAt = 0;
    const waiting = whenStoreQuiet(400).then(() => (resolvedAt = Date.now()));
    // Writes every 50 ms for 300 ms keep it waiting.
    for (let i = 0; i < 6; i++) {
      await h.repos.evaluations.create(evaluationInput(`Utvärdering ${i}`));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const lastWrite = Date.now();
    expect(resolvedAt).toBe(0);
    await waiting;
    expect(resolvedAt - started).toBeGreaterThanOrEqual(300);
    expect(resolvedAt - lastWrite).toBeGreaterThanOrEqual(340);
  });
});
