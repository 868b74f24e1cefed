import type { Code } from '../domain';
import { codeLabel } from '../domain/codeLabel';

/** A quote on one line, cut at `max` characters: how a step's line in the audit log shows a passage. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The audit line of a step on a quoted passage. */
export function quoteSummary(quote: string): string {
  return `”${excerpt(quote)}”`;
}

/** The audit line of a step that codes or uncodes a quoted passage. */
export function codeQuoteSummary(label: string, quote: string): string {
  return `${label}: ${quoteSummary(quote)}`;
}

/**
 * A step's summary as read in a language. Summaries are kept as written, with a code's Swedish label
 * first ("Nya samverkansparter: ”…”"); in English the label of a code that has an English one (every
 * code of the built-in frameworks) is shown instead: of the codes whose label fits, the longest label; of
 * two as long, the first (pass the step's own codes first).
 */
export function summaryInLanguage(summary: string, codes: readonly Pick<Code, 'labelSv' | 'labelEn'>[], language: string): string {
  if (language !== 'en') return summary;
  let best: { sv: string; en: string } | null = null;
  for (const code of codes) {
    const sv = code.labelSv;
    const en = codeLabel(code, 'en');
    if (sv.trim() === '' || en === sv || (best && best.sv.length >= sv.length)) continue;
    if (summary === sv || summary.startsWith(`${sv}: `) || summary.startsWith(`${sv} → `)) best = { sv, en };
  }
  if (!best) return summary;
  const rest = summary.slice(best.sv.length);
  // A merge names two codes: "Källa → Mål".
  const arrow = rest.startsWith(' → ') ? ` → ${summaryInLanguage(rest.slice(3), codes, language)}` : rest;
  return best.en + arrow;
}
