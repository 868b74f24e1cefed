/** Bytes copied into a Blob per task: a few milliseconds each. */
const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * A Blob of large bytes built a piece per task, so the UI thread never copies them all at once (a new
 * Blob of 80 MB held it for some 60 ms); each step refers to the Blob so far without copying it again.
 */
export async function blobInPieces(bytes: Uint8Array, type: string): Promise<Blob> {
  if (bytes.byteLength <= PIECE_BYTES) return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  let blob = new Blob([], { type });
  for (let start = 0; start < bytes.byteLength; start += PIECE_BYTES) {
    blob = new Blob([blob, bytes.subarray(start, start + PIECE_BYTES) as Uint8Array<ArrayBuffer>], { type });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return blob;
}
