import { describe, expect, it } from 'vitest';
import { anonymise, namesToReplace } from '../../../shared/report/model/anonymise';

const managers = [{ manager: 'Anna Berg' }, { manager: 'Per-Olof Sandberg och Eva Ek' }, { manager: '' }];

describe('namesToReplace', () => {
  it('takes every register manager (several in one field too) and the evaluator’s people, longest first', () => {
    const names = namesToReplace(managers, [{ name: 'Anna', role: 'kommunchefen' }, { name: 'Eva Ek', role: 'ordföranden' }, { name: ' ', role: 'x' }], 'projektledaren');
    expect(names).toEqual([
      { name: 'Per-Olof Sandberg', role: 'projektledaren' },
      { name: 'Anna Berg', role: 'projektledaren' },
      { name: 'Eva Ek', role: 'ordföranden' },
      { name: 'Anna', role: 'kommunchefen' },
    ]);
  });
});

describe('anonymise', () => {
  const names = namesToReplace(managers, [{ name: 'Anna', role: 'kommunchefen' }], 'projektledaren');

  it('replaces whole names whatever their case, with a capital where a sentence begins', () => {
    expect(anonymise('Anna Berg sa det. Sedan kom ANNA BERG igen.', names, 'sv')).toBe('Projektledaren sa det. Sedan kom projektledaren igen.');
    expect(anonymise('Enligt Per-Olof  Sandberg gick det bra.', names, 'sv')).toBe('Enligt projektledaren gick det bra.');
  });

  it('writes the Swedish genitive after the role, and keeps the English one', () => {
    expect(anonymise('Anna Bergs rapport och Annas mejl', names, 'sv')).toBe('Projektledarens rapport och kommunchefens mejl');
    expect(anonymise('Anna Berg’s report', names, 'en')).toBe('Projektledaren’s report');
  });

  it('leaves a name inside a longer word alone', () => {
    expect(anonymise('Annastina och Annaberg och Marianna', names, 'sv')).toBe('Annastina och Annaberg och Marianna');
    expect(anonymise('Nothing to hide', [], 'en')).toBe('Nothing to hide');
  });
});
