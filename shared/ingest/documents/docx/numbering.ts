import { parseXml } from '../../../formats/xml/parseXml';
import { OOXML_NAMESPACES } from './namespaces';
import { styleChain, toInt, type StyleSheet } from './styles';

interface Level {
  format: string | null;
  style: string | null;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives with the numbering style of that id. */
  styleLink: string | null;
}

interface Num {
  abstractId: string;
  overrides: Map<number, string>;
}

export interface Numbering {
  /** The number format (w:numFmt: 'bullet', 'decimal', 'lowerRoman', 'none', ...) of a list level, or null when undefined. */
  format(numId: string, ilvl: number): string | null;
  /** The level of the list whose w:pStyle links it to this paragraph style. */
  levelOfStyle(numId: string, styleId: string): number | null;
}

export const NO_NUMBERING: Numbering = { format: () => null, levelOfStyle: () => null };

export function parseNumbering(source: string, part: string, styles: StyleSheet): Numbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  const path: string[] = [];
  let abstract: AbstractNum | null = null;
  let num: Num | null = null;
  let level: Level | null = null;
  let overrideLevel: number | null = null;
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        path.push(name);
        const depth = path.length;
        const value = attributes.get('w:val');
        if (depth === 2 && name === 'w:abstractNum') {
          abstract = { levels: new Map(), styleLink: null };
          const id = attributes.get('w:abstractNumId');
          if (id !== undefined && !abstracts.has(id)) abstracts.set(id, abstract);
        } else if (depth === 2 && name === 'w:num') {
          num = { abstractId: '', overrides: new Map() };
          const id = attributes.get('w:numId');
          if (id !== undefined && !nums.has(id)) nums.set(id, num);
        } else if (abstract && depth === 3 && name === 'w:numStyleLink') {
          abstract.styleLink = value ?? null;
        } else if (abstract && depth === 3 && name === 'w:lvl') {
          level = { format: null, style: null };
          const ilvl = toInt(attributes.get('w:ilvl')) ?? 0;
          if (!abstract.levels.has(ilvl)) abstract.levels.set(ilvl, level);
        } else if (level && depth === 4 && name === 'w:numFmt') {
          level.format = value ?? null;
        } else if (level && depth === 4 && name === 'w:pStyle') {
          level.style = value ?? null;
        } else if (num && depth === 3 && name === 'w:abstractNumId') {
          num.abstractId = value ?? '';
        } else if (num && depth === 3 && name === 'w:lvlOverride') {
          overrideLevel = toInt(attributes.get('w:ilvl'));
        } else if (num && overrideLevel !== null && depth === 5 && name === 'w:numFmt' && path[3] === 'w:lvl') {
          num.overrides.set(overrideLevel, value ?? 'decimal');
        }
      },
      close(name) {
        path.pop();
        if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:num') num = null;
        else if (name === 'w:lvl') level = null;
        else if (name === 'w:lvlOverride') overrideLevel = null;
      },
      text() {},
    },
    part,
  );

  function abstractOf(numId: string, hops = 0): AbstractNum | null {
    const entry = nums.get(numId);
    const definition = entry ? abstracts.get(entry.abstractId) : undefined;
    if (!definition) return null;
    if (definition.styleLink !== null && hops < 4) {
      const linked = styleChain(styles, definition.styleLink).find((style) => style.numId !== null)?.numId;
      if (linked && linked !== numId) return abstractOf(linked, hops + 1) ?? definition;
    }
    return definition;
  }

  return {
    format(numId, ilvl) {
      const override = nums.get(numId)?.overrides.get(ilvl);
      if (override !== undefined) return override;
      const definition = abstractOf(numId);
      if (!definition) return null;
      const lvl = definition.levels.get(ilvl);
      if (!lvl) return null;
      return lvl.format ?? 'decimal';
    },
    levelOfStyle(numId, styleId) {
      const definition = abstractOf(numId);
      if (!definition) return null;
      for (const [ilvl, lvl] of definition.levels) if (lvl.style === styleId) return ilvl;
      return null;
    },
  };
}
