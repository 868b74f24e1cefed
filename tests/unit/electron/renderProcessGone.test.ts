import { describe, expect, it, vi } from 'vitest';
import { createGoneHandler, goneDecision, goneReason, MAX_RELOADS, RELOAD_WINDOW_MS, type GoneEffects, type GoneMessage } from '../../../electron/renderProcessGone';

function effects(choices: number[] = []) {
  let now = 1_000_000;
  const shown: GoneMessage[] = [];
  const fx = {
    language: vi.fn((): 'sv' | 'en' => 'sv'),
    now: () => now,
    reload: vi.fn(),
    showMessage: vi.fn(async (message: GoneMessage) => {
      shown.push(message);
      return choices.shift() ?? 0;
    }),
    quit: vi.fn(),
  } satisfies GoneEffects;
  return { fx, shown, advance: (ms: number) => (now += ms) };
}

describe('goneDecision', () => {
  it('ignores a clean exit (the window is closing)', () => {
    expect(goneDecision({ reason: 'clean-exit', exitCode: 0 }, [], 0)).toEqual({ action: 'ignore' });
  });

  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'memory-eviction', 'something-new'])(
    'reloads after %s',
    (reason) => {
      expect(goneDecision({ reason, exitCode: 1 }, [], 0)).toEqual({ action: 'reload' });
    },
  );

  it(`asks instead after ${MAX_RELOADS} reloads within a minute, and reloads again once they are older`, () => {
    const reloads = [0, 10_000, 20_000];
    expect(goneDecision({ reason: 'crashed', exitCode: 1 }, reloads, 30_000)).toEqual({ action: 'ask', count: 4 });
    expect(goneDecision({ reason: 'crashed', exitCode: 1 }, reloads, RELOAD_WINDOW_MS + 1)).toEqual({ action: 'reload' });
  });
});

describe('goneReason', () => {
  it('says why in the language, with the reason and code where it has no words of its own', () => {
    expect(goneReason('sv', { reason: 'oom', exitCode: 0 })).toMatch(/slut på minne/);
    expect(goneReason('en', { reason: 'oom', exitCode: 0 })).toMatch(/ran out of memory/);
    expect(goneReason('en', { reason: 'abnormal-exit', exitCode: 139 })).toBe('The window ended unexpectedly (reason: abnormal-exit, code 139).');
  });
});

describe('createGoneHandler', () => {
  it('reloads the window, then says what happened and that what was saved is kept', async () => {
    const { fx, shown } = effects();
    await createGoneHandler(fx)({ reason: 'oom', exitCode: 0 });
    expect(fx.reload).toHaveBeenCalledTimes(1);
    expect(fx.reload.mock.invocationCallOrder[0]).toBeLessThan(fx.showMessage.mock.invocationCallOrder[0]!);
    expect(shown).toEqual([
      {
        type: 'warning',
        message: 'Spårbars fönster slutade fungera och har lästs in igen.',
        detail: expect.stringMatching(/^Fönstret fick slut på minne .* Allt som var sparat finns kvar\./),
      },
    ]);
  });

  it('speaks the language set last', async () => {
    const { fx, shown } = effects();
    fx.language.mockReturnValue('en');
    await createGoneHandler(fx)({ reason: 'crashed', exitCode: 1 });
    expect(shown[0]?.message).toBe("Spårbar's window stopped working and has been reloaded.");
    expect(shown[0]?.detail).toMatch(/^The window crashed\. Everything that was saved is still there\./);
  });

  it('does nothing on a clean exit', async () => {
    const { fx } = effects();
    await createGoneHandler(fx)({ reason: 'clean-exit', exitCode: 0 });
    expect(fx.reload).not.toHaveBeenCalled();
    expect(fx.showMessage).not.toHaveBeenCalled();
  });

  it('after crashes in a row, asks: trying again reloads, quitting quits', async () => {
    const { fx, shown, advance } = effects([0, 0, 0, 0, 1]);
    const onGone = createGoneHandler(fx);
    for (let i = 0; i < MAX_RELOADS; i++) {
      await onGone({ reason: 'crashed', exitCode: 1 });
      advance(5_000);
    }
    expect(fx.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    await onGone({ reason: 'crashed', exitCode: 1 });
    expect(shown.at(-1)).toMatchObject({ type: 'error', buttons: ['Försök igen', 'Avsluta Spårbar'], defaultId: 0, cancelId: 0 });
    expect(shown.at(-1)?.message).toContain('4 gånger inom en minut');
    expect(fx.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
    await onGone({ reason: 'crashed', exitCode: 1 });
    expect(fx.quit).toHaveBeenCalledTimes(1);
    expect(fx.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });
});
