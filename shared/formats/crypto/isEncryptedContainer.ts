import { hasContainerMagic } from './containerHeader';

/**
 * Whether bytes are an encrypted container (they start with `SPARBARE`), so an opener asks for the
 * passphrase instead of reading them as an evaluation file (a zip starts with `PK`).
 */
export function isEncryptedContainer(bytes: Uint8Array): boolean {
  return hasContainerMagic(bytes);
}
