import { unzipSync } from 'fflate';
import { ImportError } from '../../domain/importError';
import { LATEST_VERSION } from '../../migrations';
import { openZip, type ZipArchive } from '../../formats/zip/readZip';
import type { EvaluationFileError } from './fileError';
import { FORMAT_NAME, FORMAT_VERSION, isEncryptedContainer, MANIFEST_ENTRY } from './format';
import { parseJsonBytes } from './jsonBytes';
import { manifestHead, parseManifest, type Manifest } from './manifest';

/** No limit on what an evaluation file may unpack to beyond what fits in memory: it is the evaluator's own. */
const LIMITS = { maxUnzippedBytes: Number.MAX_SAFE_INTEGER, maxZipEntries: 1_000_000 };

export type Opened = { ok: true; manifest: Manifest; entries: ReadonlyMap<string, Uint8Array> } | { ok: false; error: EvaluationFileError };

function zipFailure(error: unknown): EvaluationFileError {
  if (error instanceof ImportError && error.code === 'corrupt') return { code: 'damaged', detail: error.message };
  if (error instanceof ImportError) return { code: 'damaged', detail: `${error.code}: ${error.message}` };
  throw error;
}

/** An entry's bytes, or the error that says why it cannot be read. */
function readEntry(zip: ZipArchive, path: string): Uint8Array | EvaluationFileError | null {
  try {
    return zip.read(path);
  } catch (error) {
    return zipFailure(error);
  }
}

/** A file's manifest, checked, with its zip opened; or why the file is no evaluation file this app opens. */
type OpenedManifest = { ok: true; manifest: Manifest; zip: ZipArchive } | { ok: false; error: EvaluationFileError };

/**
 * Opens the zip and reads and checks its manifest, nothing else. The order of the checks decides the
 * error: encrypted, not a zip, not a Spårbar file, a newer format or schema, a malformed manifest.
 */
function openManifest(bytes: Uint8Array): OpenedManifest {
  const fail = (error: EvaluationFileError): OpenedManifest => ({ ok: false, error });
  if (isEncryptedContainer(bytes)) return fail({ code: 'encrypted' });
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, LIMITS);
  } catch (error) {
    if (error instanceof ImportError) return fail({ code: 'notZip', detail: error.message });
    throw error;
  }
  const manifestBytes = readEntry(zip, MANIFEST_ENTRY);
  if (manifestBytes === null) return fail({ code: 'notSparbar' });
  if (!(manifestBytes instanceof Uint8Array)) return fail(manifestBytes);
  const json = parseJsonBytes(manifestBytes);
  if (!json.ok) return fail({ code: 'manifestMalformed', detail: 'not UTF-8 JSON' });
  const head = manifestHead(json.value);
  if (!head || head.format !== FORMAT_NAME) return fail({ code: 'notSparbar' });
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) return fail({ code: 'newerFormat', fileVersion: head.formatVersion, appVersion: FORMAT_VERSION });
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > LATEST_VERSION) return fail({ code: 'newerSchema', fileVersion: head.schemaVersion, appVersion: LATEST_VERSION });
  const parsed = parseManifest(json.value);
  if (!parsed.ok) return fail({ code: 'manifestMalformed', detail: parsed.detail });
  return { ok: true, manifest: parsed.manifest, zip };
}

/**
 * Just the manifest of an evaluation file, checked (what `sparbar info` shows): no entry is read or
 * hashed, so a damaged entry shows only when the file is opened or verified.
 */
export function readEvaluationManifest(bytes: Uint8Array): { ok: true; manifest: Manifest } | { ok: false; error: EvaluationFileError } {
  const opened = openManifest(bytes);
  return opened.ok ? { ok: true, manifest: opened.manifest } : opened;
}

/**
 * Every entry the manifest lists, inflated by fflate in one pass (several times faster than the
 * step-by-step reader of shared/formats/zip, which guards documents from strangers). Memory stays bounded
 * by what the manifest declares: an entry is inflated only when the zip declares the size the manifest
 * gives it, into a buffer of that size. Its SHA-256, checked next, stands in for the zip's CRC.
 */
function inflateListed(bytes: Uint8Array, manifest: Manifest): { ok: true; files: Record<string, Uint8Array> } | { ok: false; error: EvaluationFileError } {
  const sizes = new Map(manifest.entries.map((entry) => [entry.path, entry.size]));
  try {
    return { ok: true, files: unzipSync(bytes, { filter: (file) => sizes.get(file.name) === file.originalSize }) };
  } catch (error) {
    return { ok: false, error: { code: 'damaged', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Opens the zip, reads and checks the manifest (openManifest), then reads every entry it lists, checking
 * its size and SHA-256: missing, damaged or a hash that does not match, for the first entry that is.
 */
export async function openEntries(bytes: Uint8Array, sha256: (bytes: Uint8Array) => Promise<string>): Promise<Opened> {
  const opened = openManifest(bytes);
  if (!opened.ok) return opened;
  const { manifest, zip } = opened;
  const inflated = inflateListed(bytes, manifest);
  if (!inflated.ok) return inflated;
  const { files } = inflated;
  const entries = new Map<string, Uint8Array>();
  for (const entry of manifest.entries) {
    const data = Object.hasOwn(files, entry.path) ? files[entry.path] : undefined;
    if (!data) return { ok: false, error: zip.has(entry.path) ? { code: 'hashMismatch', entry: entry.path } : { code: 'entryMissing', entry: entry.path } };
    if (data.byteLength !== entry.size) return { ok: false, error: { code: 'hashMismatch', entry: entry.path } };
    entries.set(entry.path, data);
  }
  // Hashed together (Web Crypto digests off the calling thread); the first entry in the manifest's order that differs is named.
  const hashes = await Promise.all(manifest.entries.map((entry) => sha256(entries.get(entry.path) as Uint8Array)));
  const differs = manifest.entries.find((entry, i) => hashes[i] !== entry.sha256);
  if (differs) return { ok: false, error: { code: 'hashMismatch', entry: differs.path } };
  return { ok: true, manifest, entries };
}
