import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../shared/text/wordCount';

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['   \n\n ', 0],
    ['Nätverket växer i Åmål.', 4],
    ['EU-projektet och kommunens 12 företag', 5],
    ['Projektledarens “motor” – ett exempel', 4],
    ["Kommunernas' och Region's arbete", 4],
    ['a\u030a och o\u0308', 3],
    ['东京 市', 2],
    ['👍🏽 – 2 500 kr', 3],
    ['a--b -c d- e-f-g', 5],
    ["it's ’tis rock'n'roll", 3],
    ['𝐀𝐁𝐂 x', 2],
  ])('counts %j as %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });

  it('counts a 12 MB text of one enormous hyphenated word (`a-a-a-…`) without overflowing the stack', () => {
    const text = 'a-'.repeat(6 * 1024 * 1024);
    expect(wordCount(text)).toBe(1);
    expect(wordCount(`${text} och ${text}b`)).toBe(3);
  });
});
