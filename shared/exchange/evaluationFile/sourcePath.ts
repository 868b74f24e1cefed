/**
 * Where an original file is kept in the zip: `sources/<documentId>/<fileName>`, the file name made safe
 * as one path segment (no slashes, no control characters, never `.` or `..`).
 */
export function sourcePath(documentId: string, fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const safe = fileName.replace(/[/\\\u0000-\u001f\u007f]/g, '_').trim();
  const name = safe === '' || safe === '.' || safe === '..' ? 'original' : safe;
  const folder = documentId.replace(/[/\\]/g, '_');
  return `sources/${folder}/${name}`;
}
