import { describe, expect, it } from 'vitest';
import { buildSnippet, passageParts, snippetText } from '../../../../shared/text/search/snippet';

describe('buildSnippet', () => {
  const text = `${'Inledande ord om projektet '.repeat(8)}där samverkan mellan kommunerna\nstärktes. ${'Avslutande ord om resultaten '.repeat(8)}`;
  const start = text.indexOf('samverkan');
  const block = { start: 0, end: text.length };

  it('shows the hit in context, cut at words, with ellipses where the paragraph goes on', () => {
    const parts = buildSnippet(text, block, { start, end: start + 9 });
    expect(parts.find((part) => part.mark === 'hit')?.text).toBe('samverkan');
    const plain = snippetText(parts);
    expect(plain.startsWith('… ')).toBe(true);
    expect(plain.endsWith(' …')).toBe(true);
    expect(plain).toContain('där samverkan mellan kommunerna stärktes.');
    expect(plain).not.toMatch(/\n/);
    expect(plain.length).toBeLessThan(260);
    // Cut at word boundaries: every word shown is whole.
    for (const word of plain.replace(/…/g, '').trim().split(/\s+/)) expect(text).toContain(word);
  });

  it('marks the other hits of the paragraph lightly', () => {
    const other = text.indexOf('kommunerna');
    const parts = buildSnippet(text, block, { start, end: start + 9 }, [
      { start, end: start + 9 },
      { start: other, end: other + 10 },
    ]);
    expect(parts.filter((part) => part.mark !== null).map((part) => [part.text, part.mark])).toEqual([
      ['samverkan', 'hit'],
      ['kommunerna', 'other'],
    ]);
  });

  it('shows a short paragraph whole, without ellipses', () => {
    const short = 'Samverkan ökade.';
    expect(buildSnippet(short, { start: 0, end: short.length }, { start: 0, end: 9 })).toEqual([
      { text: 'Samverkan', mark: 'hit' },
      { text: ' ökade.', mark: null },
    ]);
  });
});

describe('passageParts', () => {
  it('shows a short passage whole and shortens long stretches between hits', () => {
    const text = `Början. ${'lång text '.repeat(40)}samverkan ${'mer text '.repeat(40)}Slutet.`;
    const at = text.indexOf('samverkan');
    const parts = passageParts(text, { start: 0, end: text.length }, [{ start: at, end: at + 9 }]);
    expect(parts.map((part) => part.mark)).toEqual([null, 'hit', null]);
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
    expect(parts[2]?.text.endsWith(' …')).toBe(true);
    expect(snippetText(parts).length).toBeLessThan(230);
    const sentence = 'Projektet har stärkt samverkan.';
    expect(snippetText(passageParts(sentence, { start: 0, end: sentence.length }, [{ start: 21, end: 30 }]))).toBe(sentence);
  });
});
