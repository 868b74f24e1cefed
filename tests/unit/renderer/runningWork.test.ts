import { describe, expect, it } from 'vitest';
import { runningWork, startWork, whileRunning } from '../../../renderer/services/runningWork';

describe('the running-work service', () => {
  it('counts work from its start to its end, each end once', () => {
    const importDone = startWork('import');
    const saveDone = startWork('saveFile');
    expect(runningWork()).toEqual(['import', 'saveFile']);
    importDone();
    importDone();
    expect(runningWork()).toEqual(['saveFile']);
    saveDone();
    expect(runningWork()).toEqual([]);
  });

  it('registers work while its promise is pending, also when it fails', async () => {
    let finish: () => void = () => {};
    const work = whileRunning('autoCoding', () => new Promise<void>((resolve) => (finish = resolve)));
    expect(runningWork()).toEqual(['autoCoding']);
    finish();
    await work;
    expect(runningWork()).toEqual([]);
    await expect(whileRunning('openFile', () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(runningWork()).toEqual([]);
  });
});
