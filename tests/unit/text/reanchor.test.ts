import { describe, expect, it } from 'vitest';
import { reanchor } from '../../../shared/text/reanchor';
import { selectorsFor } from '../../../shared/text/selectors';

const OLD = 'Bakgrund\n\nProjektet har stärkt samverkan mellan kommunerna. Företagen deltar.\n\nResultat\n\nSamverkan mellan kommunerna har ökat.';

function anchorOf(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return selectorsFor(text, at, at + phrase.length);
}

describe('reanchor', () => {
  it('finds a passage after edits before it', () => {
    const { position, quote } = anchorOf(OLD, 'Företagen deltar.');
    const edited = `Inledning med ny text.\n\n${OLD}`;
    const found = reanchor(edited, position, quote);
    expect(found && edited.slice(found.start, found.end)).toBe('Företagen deltar.');
  });

  it('chooses, among repeated words, the occurrence whose context matches', () => {
    const { position, quote } = anchorOf(OLD, 'samverkan mellan kommunerna', 0);
    const second = anchorOf(OLD.toLowerCase(), 'samverkan mellan kommunerna', 1);
    const edited = OLD.replace('Bakgrund', 'Bakgrund och syfte');
    const found = reanchor(edited, position, quote);
    expect(found?.start).toBe(edited.indexOf('samverkan mellan kommunerna'));
    const lower = OLD.toLowerCase();
    const foundSecond = reanchor(lower, second.position, second.quote);
    expect(foundSecond?.start).toBe(lower.lastIndexOf('samverkan mellan kommunerna'));
  });

  it('finds a passage whose line breaks changed (a re-flowed paragraph)', () => {
    const { position, quote } = anchorOf(OLD, 'Projektet har stärkt samverkan mellan kommunerna.');
    const edited = OLD.replace('har stärkt samverkan', 'har stärkt\nsamverkan');
    const found = reanchor(edited, position, quote);
    expect(found && edited.slice(found.start, found.end)).toBe('Projektet har stärkt\nsamverkan mellan kommunerna.');
  });

  it('gives null when the passage was removed or rewritten', () => {
    const { position, quote } = anchorOf(OLD, 'Företagen deltar.');
    expect(reanchor(OLD.replace('Företagen deltar.', 'Företagen har slutat.'), position, quote)).toBeNull();
  });
});
