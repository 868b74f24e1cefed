import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../../shared/formats/xml/parseXml';
import { createLimitGuard, DEFAULT_IMPORT_LIMITS } from '../../../../shared/domain/importLimits';

const NAMESPACES = { 'urn:a': 'a' };
const counting = () => {
  const seen = { open: 0 };
  return { seen, handler: { open: () => void seen.open++, close: () => undefined, text: () => undefined } };
};

describe('parseXml under the limits', () => {
  it('stops at the element depth limit, even with a namespace declared at every level', () => {
    const depth = 100_000;
    const source = `${'<a:x xmlns:a="urn:a">'.repeat(depth)}${'</a:x>'.repeat(depth)}`;
    const { seen, handler } = counting();
    expect(() => parseXml(source, NAMESPACES, handler, 'part')).toThrow(expect.objectContaining({ code: 'elementsTooDeep', values: { max: 1000, figure: 1001 } }));
    expect(seen.open).toBe(1000);
  });

  it('finds a prefix declared a thousand scopes out', () => {
    const depth = 999;
    const source = `<a:r xmlns:a="urn:a">${'<q xmlns:b="urn:b">'.repeat(depth)}<a:leaf/>${'</q>'.repeat(depth)}</a:r>`;
    const names: string[] = [];
    parseXml(source, NAMESPACES, { open: (name) => void names.push(name), close: () => undefined, text: () => undefined }, 'part', createLimitGuard({ ...DEFAULT_IMPORT_LIMITS, maxElementDepth: 1001 }));
    expect(names.at(-1)).toBe('a:leaf');
  });

  it('stops when the time for the file has passed on the caller’s clock', () => {
    let now = 0;
    const guard = createLimitGuard({ ...DEFAULT_IMPORT_LIMITS, timeoutMs: 1000 }, () => (now += 50));
    const source = `<r>${'<p/>'.repeat(10_000)}</r>`;
    const { seen, handler } = counting();
    expect(() => parseXml(source, NAMESPACES, handler, 'part', guard)).toThrow(expect.objectContaining({ code: 'timeout' }));
    expect(seen.open).toBeLessThan(10_000);
  });
});
