import { describe, expect, it } from 'vitest';
import { checkLimit, createLimitGuard, DEFAULT_IMPORT_LIMITS, LIMIT_ERROR_CODES, limitError } from '../../../shared/domain/importLimits';
import { ImportError, IMPORT_ERROR_CODES } from '../../../shared/domain/importError';

describe('checkLimit', () => {
  it('refuses a figure over its limit, naming the limit, the maximum and the figure', () => {
    expect(checkLimit(DEFAULT_IMPORT_LIMITS, 'pdfPages', 100_000)).toEqual({ limit: 'pdfPages', max: 5000, figure: 100_000 });
    expect(checkLimit(DEFAULT_IMPORT_LIMITS, 'tableDepth', 51)).toEqual({ limit: 'tableDepth', max: 50, figure: 51 });
  });

  it('lets a figure at the limit through', () => {
    expect(checkLimit(DEFAULT_IMPORT_LIMITS, 'pdfPages', 5000)).toBeNull();
    expect(checkLimit({ ...DEFAULT_IMPORT_LIMITS, maxCharacters: 10 }, 'characters', 10)).toBeNull();
    expect(checkLimit({ ...DEFAULT_IMPORT_LIMITS, maxCharacters: 10 }, 'characters', 11)).not.toBeNull();
  });

  it('gives every limit an import error code', () => {
    for (const code of Object.values(LIMIT_ERROR_CODES)) expect(IMPORT_ERROR_CODES).toContain(code);
  });

  it('words a time refusal in seconds', () => {
    const error = limitError({ limit: 'time', max: 120_000, figure: 121_400 });
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('timeout');
    expect(error.values).toEqual({ max: 120, figure: 121.4 });
  });
});

describe('createLimitGuard', () => {
  it('throws the refusal of a counted limit', () => {
    const guard = createLimitGuard({ ...DEFAULT_IMPORT_LIMITS, maxBlocks: 3 });
    expect(() => guard.check('blocks', 3)).not.toThrow();
    expect(() => guard.check('blocks', 4)).toThrow(expect.objectContaining({ code: 'tooManyBlocks', values: { max: 3, figure: 4 } }));
  });

  it('reads the clock now and then while ticking, and stops once the time has passed', () => {
    let now = 1000;
    let readings = 0;
    const guard = createLimitGuard({ ...DEFAULT_IMPORT_LIMITS, timeoutMs: 50 }, () => {
      readings++;
      return now;
    });
    for (let i = 0; i < 1000; i++) guard.tick();
    expect(readings).toBeGreaterThan(1);
    expect(readings).toBeLessThan(100);
    now += 51;
    expect(() => {
      for (let i = 0; i < 1000; i++) guard.tick();
    }).toThrow(expect.objectContaining({ code: 'timeout' }));
  });

  it('has no deadline without a clock', () => {
    const guard = createLimitGuard({ ...DEFAULT_IMPORT_LIMITS, timeoutMs: 0 });
    expect(() => {
      for (let i = 0; i < 10_000; i++) guard.tick();
    }).not.toThrow();
  });
});
