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
  ])('counts %j as %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});
