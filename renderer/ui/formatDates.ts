import { formatSwedishNumber } from '../../shared/base/swedishNumber';
import { formatByteSize } from '../../shared/base/byteSize';

/** `2026-11-22` from an ISO date or timestamp: unambiguous in both languages. */
export function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return '–';
  return `${start ?? '…'} – ${end ?? '…'}`;
}

export function formatSek(value: number | null): string {
  return value === null ? '–' : `${formatSwedishNumber(value)} kr`;
}

/** A size in the UI's language ("1,2 MB", "1.2 MB"); '–' for none. */
export function formatBytes(bytes: number | null, language: string): string {
  return bytes === null ? '–' : formatByteSize(bytes, language);
}

/** `2026-11-22 14:05` in local time from an ISO timestamp: unambiguous in both languages. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
