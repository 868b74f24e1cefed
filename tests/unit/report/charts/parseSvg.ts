import { parseXml } from '../../../../shared/formats/xml/parseXml';

/** An element of a chart's SVG, as the tests read it. */
export interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** The SVG as a tree, through the project's XML parser (throws on XML that is not well-formed). */
export function parseSvg(svg: string): Element {
  const root: Element = { name: '#root', attributes: {}, text: '', children: [] };
  const stack = [root];
  const names = ['xmlns', 'width', 'height', 'x', 'y', 'role', 'aria-labelledby', 'id', 'data-value', 'class', 'text-anchor', 'fill'];
  parseXml(
    svg,
    { 'http://www.w3.org/2000/svg': 'svg' },
    {
      open(name, attributes) {
        const element: Element = { name, attributes: {}, text: '', children: [] };
        for (const key of names) {
          const value = attributes.get(key);
          if (value !== undefined) element.attributes[key] = value;
        }
        (stack[stack.length - 1] as Element).children.push(element);
        stack.push(element);
      },
      close() {
        stack.pop();
      },
      text(text) {
        for (const element of stack) element.text += text;
      },
    },
    'chart.svg',
  );
  return root.children[0] as Element;
}

export function all(element: Element, predicate: (e: Element) => boolean): Element[] {
  return [...(predicate(element) ? [element] : []), ...element.children.flatMap((child) => all(child, predicate))];
}

export const byClass = (svg: Element, name: string) => all(svg, (e) => e.attributes.class === name);
