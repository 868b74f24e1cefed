const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
// Private-use characters stand in for escaped characters and code spans while the markup is stripped.
const ESCAPE_BASE = 0xe000;
const CODE_OPEN = '\ue100';
const CODE_CLOSE = '\ue101';
const PLACEHOLDERS = /[\ue000-\ue07f\ue100\ue101]/;

/**
 * Strips Markdown's inline markup, keeping the words: code spans keep their content, emphasis
 * (`*x*`, `_x_`, `**x**`, `__x__`, `~~x~~`) its text, links and images their text (`[text](url)`,
 * `[text][ref]`, `![alt](src)`), autolinks their address; backslash escapes become the character.
 */
export function stripInlineMarkdown(source: string): string {
  // Text that already holds the private-use stand-ins is left alone rather than risk mangling it.
  if (PLACEHOLDERS.test(source)) return source;
  const codes: string[] = [];
  let text = source.replace(ESCAPABLE, (_m, ch: string) => String.fromCharCode(ESCAPE_BASE + ch.charCodeAt(0)));
  text = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, content: string) => {
    const inner = /^ [\s\S]* $/.test(content) && content.trim() !== '' ? content.slice(1, -1) : content;
    // Backslash escapes do not work inside code spans: put the backslashes back.
    codes.push(inner.replace(/[\ue000-\ue07f]/g, (ch) => `\\${String.fromCharCode(ch.charCodeAt(0) - ESCAPE_BASE)}`));
    return `${CODE_OPEN}${codes.length - 1}${CODE_CLOSE}`;
  });
  text = text
    // Link texts are bounded, so that a paragraph of stray brackets costs linear time.
    .replace(/!\[([^\]]{0,1000})\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1')
    .replace(/\[([^\]]{1,1000})\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1')
    .replace(/!?\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^<>\s]+)>/gi, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\*([^\s*](?:[^*]*?[^\s*])?)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_([^\s_](?:[^_]*?[^\s_])?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    // A backslash at the end of a line is a hard line break.
    .replace(/\\$/gm, '');
  text = text.replace(/\ue100(\d+)\ue101/g, (_m, index: string) => codes[Number(index)] ?? '');
  return text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - ESCAPE_BASE));
}
