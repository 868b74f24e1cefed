import { Dexie } from 'dexie';

/**
 * Resolves once no write to the store (in this window or another) has been seen for `ms`: work that
 * reads a whole evaluation in one transaction (an automatic backup) waits for a pause, so it does not
 * hold up the evaluator's next coding, whose write would wait for that read to finish.
 */
export function whenStoreQuiet(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      Dexie.on.storagemutated.unsubscribe(onChange);
      resolve();
    };
    let timer = setTimeout(done, ms);
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    };
    Dexie.on.storagemutated.subscribe(onChange);
  });
}
