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
