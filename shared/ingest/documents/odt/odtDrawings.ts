import type { FlowAssembler } from '../flow/flowAssembler';
import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { OdtCounts } from './odtBodyContext';
import type { OdtParagraphs } from './odtParagraphs';

interface FrameState {
  object: boolean;
  image: 'internal' | 'external' | null;
}

/** Drawing shapes whose text (text:p inside them) is read as a text box. */
const SHAPES = new Set([
  'draw:text-box', 'draw:custom-shape', 'draw:rect', 'draw:ellipse', 'draw:circle', 'draw:polygon', 'draw:polyline', 'draw:path',
  'draw:line', 'draw:connector', 'draw:regular-polygon', 'draw:caption', 'draw:measure',
]);
const OBJECTS = new Set(['draw:object', 'draw:object-ole', 'draw:applet', 'draw:plugin', 'draw:floating-frame']);

/** An href that points outside the package (a URL, an absolute or a parent path). */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('../') || href.startsWith('\\');
}

/**
 * Drawings of an OpenDocument body: frames (draw:frame) with an image or an embedded object, counted for
 * the warnings (an object in a frame counts once, for the frame), and shapes, whose text is a text box.
 */
export interface OdtDrawings {
  openFrame(): void;
  closeFrame(): void;
  image(attributes: XmlAttributes): void;
  isObject(name: string): boolean;
  object(): void;
  isShape(name: string): boolean;
  openShape(): void;
  closeShape(): void;
}

export function createOdtDrawings(assembler: FlowAssembler, counts: OdtCounts, paragraphs: OdtParagraphs): OdtDrawings {
  const frames: FrameState[] = [];
  return {
    openFrame() {
      frames.push({ object: false, image: null });
    },

    closeFrame() {
      const frame = frames.pop();
      if (frame?.object) counts.embedded++;
      else if (frame?.image === 'external') counts.external++;
      else if (frame?.image === 'internal') counts.images++;
    },

    image(attributes) {
      const frame = frames[frames.length - 1];
      const href = attributes.get('xlink:href') ?? '';
      const kind = href && isExternal(href) ? 'external' : 'internal';
      if (frame) frame.image ??= kind;
      else if (kind === 'external') counts.external++;
      else counts.images++;
    },

    isObject: (name) => OBJECTS.has(name),

    object() {
      const frame = frames[frames.length - 1];
      if (frame) frame.object = true;
      else counts.embedded++;
    },

    isShape: (name) => SHAPES.has(name),

    openShape() {
      paragraphs.enter();
      assembler.beginTextBox();
    },

    closeShape() {
      assembler.endTextBox();
      paragraphs.leave();
    },
  };
}
