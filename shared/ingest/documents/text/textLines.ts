/**
 * Prepares decoded text for splitting into blocks: one line end (`\n`), form feeds and Unicode paragraph
 * separators as blank lines, other C0 control characters (except tab) dropped, NFC.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\f\u2029]/g, '\n\n')
      .replace(/[\v\u2028\u0085]/g, '\n')
      // eslint-disable-next-line no-control-regex -- dropping stray control characters is the point
      .replace(/[\u0001-\u0008\u000e-\u001f\u007f]/g, '')
      .normalize('NFC')
  );
}

/** True for a line with nothing but white space. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Consecutive non-blank lines, each paragraph's lines with trailing white space removed. */
export function paragraphsOf(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (isBlank(line)) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line.trimEnd());
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
