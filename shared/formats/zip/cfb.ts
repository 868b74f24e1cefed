/** The signature of an OLE2 Compound File (CFB): old Word/Excel files and encrypted OOXML packages. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * True when a compound file holds an "EncryptedPackage" stream: a password-protected DOCX/XLSX/PPTX
 * (Office wraps the encrypted zip in a CFB). Directory entry names are UTF-16LE, so the name is looked for
 * as such; a CFB without it is something else, e.g. a Word 97-2003 .doc.
 */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const name = 'EncryptedPackage';
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== 0x45) continue;
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + k * 2] !== name.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
