import type { ImportOptions } from '../importTypes';
import type { PdfDocumentLike } from '../../../ports/pdfLoader';
import { loadError } from './pdfErrors';

/** RFC 3454 table C.1.2: spaces other than U+0020, which SASLprep maps to U+0020. */
const OTHER_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** RFC 3454 table B.1: characters commonly mapped to nothing (soft hyphen, joiners, variation selectors). */
function mappedToNothing(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x1806 ||
    (code >= 0x180b && code <= 0x180d) ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

/**
 * A password prepared as PDF 2.0 asks for AES-256 (revision 6) files: SASLprep (RFC 4013) mapping and NFKC.
 * pdf.js hashes the password as given, so "SªSL\u00ADprep" only opens such a file as "SaSLprep".
 */
export function saslPrep(password: string): string {
  const kept = [...password.replace(OTHER_SPACES, ' ')].filter((char) => !mappedToNothing(char.codePointAt(0) ?? 0));
  return kept.join('').normalize('NFKC');
}

function isWrongPassword(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PasswordException';
}

/**
 * Opens the PDF with the loader: with the password as typed, then (if that is refused) as SASLprep prepares
 * it. A file that needs no password opens even when one was given in vain. Failures become ImportErrors
 * (passwordRequired, passwordWrong, corrupt).
 */
export async function openPdf(bytes: Uint8Array, options: Pick<ImportOptions, 'pdf' | 'password'>): Promise<PdfDocumentLike> {
  const { password } = options;
  try {
    return await options.pdf(bytes, password);
  } catch (error) {
    if (password === undefined || password === '' || !isWrongPassword(error)) throw loadError(error, password);
    const retries = [saslPrep(password), undefined].filter((candidate, index, all) => candidate !== password && all.indexOf(candidate) === index);
    for (const candidate of retries) {
      try {
        return await options.pdf(bytes, candidate);
      } catch {
        // The next way of reading the password, or the first error below.
      }
    }
    throw loadError(error, password);
  }
}
