import type { TextRange } from './textRange';

/**
 * Swedish abbreviations that never end a sentence: "bl.a. Region Dalarna" goes on. Written in lower case
 * with their dots; matched on the word before the full stop.
 */
const NEVER_FINAL = new Set([
  'bl.a.', 't.ex.', 'ex.', 's.k.', 'p.g.a.', 'pga.', 'd.v.s.', 'dvs.', 'ca.', 'cirka.', 'kl.', 'nr.', 's.', 'sid.', 'resp.', 'jfr.', 'fr.o.m.',
  't.o.m.', 'f.d.', 'inkl.', 'exkl.', 'ev.', 'milj.', 'kap.', 'tel.', 'fig.', 'tab.', 'ang.', 'enl.', 'gm.', 'vs.', 'obs.', 'dr.', 'prof.',
  'uppl.', 'bil.', 'avd.', 'bet.', 'dir.', 'prop.', 'mom.', 'i.o.m.', 'm.a.p.', 'm.h.a.', 'o.dyl.', 'fö.', 'sk.', 'mht.',
  'tf.', 'vd.', 'forts.',
]);

/** Abbreviations that may end a sentence: they end one when a capital letter follows ("… m.m. Projektet"). */
const MAY_END = new Set(['m.m.', 'm.fl.', 'osv.', 'o.s.v.', 'etc.', 'o.d.', 'e.d.', 'kr.', 'tkr.', 'mkr.', 'mnkr.', 'e.kr.', 'f.kr.', 'st.']);

const TERMINATOR = /[.!?…]+["'”’»)\]]*/gu;
const UPPER_START = /^[\p{Lu}\p{Lt}\p{N}"'”“„«(\u2013\u2014-]/u;
const LOWER_START = /^\p{Ll}/u;

/** The word (with its inner dots) that ends with the full stop at `dot`, in lower case: "bl.a." */
function wordBefore(text: string, dot: number, floor: number): string {
  let at = dot;
  while (at > floor && /[\p{L}\p{N}.]/u.test(text[at - 1] as string)) at--;
  return text.slice(at, dot + 1).toLowerCase();
}

/** Whether the terminator run at [at, end) ends a sentence, given what follows it. */
function endsSentence(text: string, at: number, end: number, floor: number, next: string): boolean {
  if (next === '') return true;
  if (LOWER_START.test(next)) return false;
  const run = text.slice(at, end);
  if (!/^\.[^.]*$/u.test(run.replace(/["'”’»)\]]+$/u, ''))) return UPPER_START.test(next) || !/\p{L}/u.test(next);
  // A single full stop: look at the word it ends.
  const word = wordBefore(text, at, floor);
  if (NEVER_FINAL.has(word)) return false;
  if (MAY_END.has(word)) return /^\p{Lu}/u.test(next);
  // An initial: "A. Svensson".
  if (/^\p{Lu}\.$/u.test(text.slice(at - 1, at + 1)) && (at - 1 === floor || !/[\p{L}\p{N}]/u.test(text[at - 2] as string))) return false;
  return true;
}

/**
 * The sentences of a paragraph (`block`, a range of `text`): split after . ! ? … (with closing quotes and
 * brackets) before white space and a sentence start, never after an abbreviation like bl.a., t.ex. or s.k.
 * nor inside numbers (2,5 or 3.14 have no space after the mark); a line break also ends a sentence.
 * Ranges without white space at their ends.
 */
export function sentencesOf(text: string, block: TextRange): TextRange[] {
  const sentences: TextRange[] = [];
  let start = block.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) sentences.push({ start: s, end: e });
    start = end;
  };
  const body = text.slice(block.start, block.end);
  const cuts: number[] = [];
  for (const match of body.matchAll(TERMINATOR)) {
    const at = block.start + match.index;
    const end = at + match[0].length;
    if (end < block.end && !/\s/u.test(text[end] as string)) continue;
    const rest = text.slice(end, Math.min(block.end, end + 8)).trimStart();
    if (endsSentence(text, at, end, block.start, rest.slice(0, 1))) cuts.push(end);
  }
  for (let at = body.indexOf('\n'); at !== -1; at = body.indexOf('\n', at + 1)) cuts.push(block.start + at);
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) push(cut);
  push(block.end);
  return sentences;
}
