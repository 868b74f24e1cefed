/**
 * A regular expression typed by the evaluator, compiled with a guard. Nested unbounded repetition such as
 * (a+)+ or (\w*\s?)* can take exponential time on a paragraph that almost matches, and JavaScript cannot
 * stop a running match, so such patterns are refused before they run; the search itself also stops after
 * a time budget and a number of hits.
 */
export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; reason: 'syntax' | 'nested'; detail: string };

/** True when a group that holds an unbounded repetition is itself repeated without bound. */
export function hasNestedRepetition(source: string): boolean {
  // Per open group: whether it holds an unbounded quantifier.
  const groups: boolean[] = [];
  let lastGroupUnbounded = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const character = source[i] as string;
    if (character === '\\') {
      i++;
      lastGroupUnbounded = false;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') {
      inClass = true;
      lastGroupUnbounded = false;
      continue;
    }
    if (character === '(') {
      groups.push(false);
      lastGroupUnbounded = false;
      continue;
    }
    if (character === ')') {
      lastGroupUnbounded = groups.pop() ?? false;
      // A group inside a group: the outer one holds what the inner one holds.
      if (lastGroupUnbounded && groups.length > 0) groups[groups.length - 1] = true;
      continue;
    }
    const unbounded = character === '*' || character === '+' || (character === '{' && /^\{\d*,\}/u.test(source.slice(i)));
    if (unbounded) {
      if (lastGroupUnbounded) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
    if (character === '{') {
      const close = source.indexOf('}', i);
      if (close !== -1) i = close;
    }
    if (character !== '?') lastGroupUnbounded = false;
  }
  return false;
}

export function compileRegex(source: string, caseSensitive: boolean): CompiledRegex {
  if (hasNestedRepetition(source)) return { ok: false, reason: 'nested', detail: '' };
  const flags = caseSensitive ? 'gu' : 'giu';
  try {
    return { ok: true, regex: new RegExp(source, flags) };
  } catch (unicodeError) {
    // Patterns written for JavaScript without the u flag (\- outside a class, say) still work.
    try {
      return { ok: true, regex: new RegExp(source, flags.replace('u', '')) };
    } catch {
      return { ok: false, reason: 'syntax', detail: unicodeError instanceof Error ? unicodeError.message : String(unicodeError) };
    }
  }
}
