import { ImportError } from '../../../domain/importError';

/** pdf.js's PasswordResponses. */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

/**
 * What a failure of pdf.js to open a file means for the user. pdf.js's exceptions cross the worker boundary
 * as plain objects, so they are told apart by name and code: a PasswordException asks for a password (code 1)
 * or says the given one is wrong (code 2; without a password given it still means one is needed). Anything
 * else (InvalidPDFException, FormatError, a broken xref) is a corrupt file.
 */
export function loadError(error: unknown, password: string | undefined): ImportError {
  if (error instanceof ImportError) return error;
  const name = field(error, 'name');
  const message = field(error, 'message');
  const detail = `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : String(error)}`;
  if (name === 'PasswordException') {
    const code = field(error, 'code');
    const given = password !== undefined && password !== '';
    if (code === INCORRECT_PASSWORD && given) return new ImportError('passwordWrong', detail);
    if (code === NEED_PASSWORD || code === INCORRECT_PASSWORD) return new ImportError(given ? 'passwordWrong' : 'passwordRequired', detail);
  }
  return new ImportError('corrupt', detail);
}
