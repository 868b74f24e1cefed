/**
 * Bidirectional control characters: the embeddings and overrides (U+202A-202E), the isolates
 * (U+2066-2069) and the marks (U+200E, U+200F, U+061C). In a file name they reorder what is shown, so
 * `rapport\u202Excod.pdf` looks like "rapportfdp.docx". Wherever a name from the outside is shown (the
 * app, the command line, the report) they are made visible; names the app writes refuse them.
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

const codePoint = (ch: string): string => (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');

/** True when the text holds a bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** The text with each bidirectional control shown as its code point: `rapport⟨U+202E⟩xcod.pdf`. */
export function showBidiControls(text: string): string {
  return hasBidiControls(text) ? text.replace(BIDI_CONTROLS, (ch) => `⟨U+${codePoint(ch)}⟩`) : text;
}

/** The text without its bidirectional control characters (for names the app writes). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * JSON text with each bidirectional control inside its strings written as a `\u` escape: the same data
 * when parsed, and nothing reordered on a terminal. (JSON.stringify leaves them raw; they can only occur
 * inside strings.)
 */
export function escapeBidiInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (ch) => `\\u${codePoint(ch).toLowerCase()}`);
}
