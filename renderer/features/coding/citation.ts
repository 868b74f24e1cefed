const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as the UI's language writes it (2026-03-14 09:05 in Swedish, 14 Mar 2026, 09:05 in English). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(date);
}
