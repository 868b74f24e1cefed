// The encrypted container: any bytes (an evaluation file, a backup) under a passphrase. The format is
// described in containerHeader.ts (the header) and chunkCipher.ts (the key check and the chunks).
export { decryptContainer, type DecryptOptions } from './decryptContainer';
export { encryptContainer, type EncryptOptions } from './encryptContainer';
export { isEncryptedContainer } from './isEncryptedContainer';
export { readHeader, CONTAINER_VERSION, DEFAULT_CHUNK_SIZE, type ContainerHeader } from './containerHeader';
export type { ContainerError, ContainerErrorCode, DecryptResult } from './containerError';
export { containerErrorMessage } from './containerErrorMessage';
export { DEFAULT_ARGON2ID, DEFAULT_PBKDF2, MIN_ARGON2ID, type KdfParams, type Argon2idParams, type Pbkdf2Params } from './kdfParams';
export type { ContainerDeps, WebCryptoLike, Argon2idFunction } from './webCrypto';
export { passphraseStrength, type PassphraseStrength } from './passphraseStrength';
