/**
 * Why an encrypted container could not be opened, a code each (worded in shared/i18n/encryption.ts):
 * - notContainer: the bytes do not start with the magic `SPARBARE`;
 * - unsupportedVersion: a container of a format version this Spårbar does not read (a newer one);
 * - wrongPassphrase: the key check record does not open: the passphrase is wrong, or the header was
 *   altered (both change what the key check is checked against, and the two cannot be told apart);
 * - tampered: a chunk does not authenticate (`chunk`, counted from 0), or the header's fields are
 *   impossible or bytes follow the last chunk (`chunk` null): the file was changed after it was saved;
 * - truncated: every chunk present is intact but the file ends before its last chunk;
 * - kdfUnavailable: the file's key derivation (Argon2id) cannot run here.
 */
export type ContainerError =
  | { readonly code: 'notContainer' }
  | { readonly code: 'unsupportedVersion'; readonly version: number; readonly supported: number }
  | { readonly code: 'wrongPassphrase' }
  | { readonly code: 'tampered'; readonly chunk: number | null; readonly chunks: number }
  | { readonly code: 'truncated' }
  | { readonly code: 'kdfUnavailable' };

export type ContainerErrorCode = ContainerError['code'];

export type DecryptResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: ContainerError };
