/** How agreement figures are written, the same on the screen, on the command line and in the report. */

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/** A share (0-1) as per cent with one decimal ("83,3"), or "–" where it is undefined. */
export function percentText(share: number | null, language: string): string {
  return share === null ? '–' : new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100);
}

/** Kappa or alpha with three decimals ("0,712", "−0,050"), or "–" where it is undefined. */
export function coefficientText(value: number | null, language: string): string {
  if (value === null) return '–';
  // −0.0004 rounds to "−0,000": written as 0.
  const rounded = Math.round(value * 1000) / 1000;
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(rounded === 0 ? 0 : rounded);
}
