import type { TFunction } from 'i18next';

/**
 * Words for a long list or table that repeats them (a heatmap of a thousand cells, two hundred search
 * hits): each distinct text is translated once, and a text with slots is translated once and filled per
 * item. i18next takes tens of microseconds a call, which a thousand cells make a visible delay.
 */
export interface RepeatedText {
  /** `t(key, values)`, translated once per distinct key and values. */
  text: (key: string, values?: Record<string, string | number>) => string;
  /**
   * A translation whose values are plain strings (no count, no formatting), as a function filling its
   * slots: i18next is asked once, with markers in place of the values.
   */
  template: (key: string, slots: readonly string[]) => (values: Record<string, string>) => string;
}

const MARK = '\u0001';

export function repeatedText(t: TFunction): RepeatedText {
  const texts = new Map<string, string>();
  const templates = new Map<string, (values: Record<string, string>) => string>();
  return {
    text: (key, values) => {
      const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let found = texts.get(id);
      if (found === undefined) {
        found = values ? t(key, values) : t(key);
        texts.set(id, found);
      }
      return found;
    },
    template: (key, slots) => {
      let fill = templates.get(key);
      if (!fill) {
        // Each slot comes back as a marker around its name.
        const marked = t(key, Object.fromEntries(slots.map((name) => [name, `${MARK}${name}${MARK}`])));
        const pattern = new RegExp(`${MARK}([^${MARK}]+)${MARK}`, 'g');
        fill = (values) => marked.replace(pattern, (_, name: string) => values[name] ?? '');
        templates.set(key, fill);
      }
      return fill;
    },
  };
}
