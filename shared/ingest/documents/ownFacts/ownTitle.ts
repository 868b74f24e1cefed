/**
 * Titles programs put in a file's metadata by themselves, and a bare kind of document ("Delrapport"),
 * which says less than the file's name does: not the document's title.
 */
const PLACEHOLDER = /^(?:(?:del|slut|läges|års|halvårs)?rapport|(?:interim\s+|final\s+|progress\s+)?report|untitled(?:\s+document)?|namnl[öo]st?(?:\s+dokument)?|(?:dokument|document|doc)\s*\d*|title|titel|rubrik|no\s+title|ingen\s+rubrik|powerpoint\s+presentation|presentation\s*\d*)$/i;
/** Word's PDF export titles a document "Microsoft Word - name.docx": a file name, not a title. */
const OFFICE_PREFIX = /^microsoft\s+(?:word|powerpoint|excel|office\s+word)\s+-\s/i;
/** A title that is itself a file name (`Slutrapport_v3.docx`). */
const FILE_NAME = /\.(?:docx?|dotx?|pdf|odt|ott|rtf|txt|md|html?|pptx?|xlsx?)$/i;

/** A name compared loosely: without its extension, `_` and `-` as spaces, case and white space folded. */
function loose(name: string): string {
  return name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv');
}

/** True for a title not worth showing: empty, a placeholder, a program's prefix, a file name, or the file's own name. */
export function isJunkTitle(title: string, fileName: string): boolean {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(trimmed)) return true;
  if (PLACEHOLDER.test(trimmed) || OFFICE_PREFIX.test(trimmed) || FILE_NAME.test(trimmed)) return true;
  return loose(trimmed) === loose(fileName);
}

/**
 * The title a document gives itself in its metadata (DOCX dc:title, PDF Info or XMP title, ODT dc:title,
 * HTML <title>), white space collapsed; null when it gives none worth showing (isJunkTitle), so the
 * caller falls back to a title made from the file name.
 */
export function ownTitle(metadataTitle: string | null, fileName: string): string | null {
  if (metadataTitle === null || isJunkTitle(metadataTitle, fileName)) return null;
  return metadataTitle.replace(/\s+/g, ' ').trim();
}
