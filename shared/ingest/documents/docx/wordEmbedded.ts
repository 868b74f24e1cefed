import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { WordPartContext } from './wordPartContext';

/**
 * What a Word part embeds or links instead of text: images, OLE objects and controls, charts and
 * diagrams, embedded or linked documents (w:altChunk, w:subDoc). None of it is read; it is counted for
 * the warnings, as embedded or as external (linked) content.
 */
export interface WordEmbedded {
  /** One of the elements above; any other is ignored. */
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
}

export function createWordEmbedded(context: WordPartContext): WordEmbedded {
  const { counts, relationships } = context;
  /** Per open w:object: whether an object in it was counted (else the w:object itself is, at its end). */
  const objects: boolean[] = [];

  const relationship = (id: string | undefined) => (id === undefined ? undefined : relationships.get(id));
  const countImage = (embed: string | undefined, link: string | undefined): void => {
    const embedded = relationship(embed);
    if (embed !== undefined && !embedded?.external) counts.images++;
    else if (embedded?.external || link !== undefined) counts.external++;
  };
  const countObject = (id: string | undefined, linked: boolean): void => {
    if (linked || relationship(id)?.external) counts.external++;
    else counts.embedded++;
    if (objects.length) objects[objects.length - 1] = true;
  };

  return {
    open(name, attributes) {
      switch (name) {
        case 'w:object':
          objects.push(false);
          return;
        case 'o:OLEObject':
          countObject(attributes.get('r:id'), attributes.get('Type') === 'Link');
          return;
        case 'w:objectEmbed':
        case 'w:objectLink':
          countObject(attributes.get('r:id'), name === 'w:objectLink');
          return;
        case 'w:control':
          countObject(attributes.get('r:id'), false);
          return;
        case 'a:blip':
          if (objects.length === 0) countImage(attributes.get('r:embed'), attributes.get('r:link'));
          return;
        case 'v:imagedata':
          if (objects.length === 0) countImage(attributes.get('r:id') ?? attributes.get('o:relid'), attributes.get('r:href'));
          return;
        case 'c:chart':
        case 'dgm:relIds':
          counts.embedded++;
          return;
        case 'w:altChunk':
        case 'w:subDoc':
          if (relationship(attributes.get('r:id'))?.external || name === 'w:subDoc') counts.external++;
          else counts.embedded++;
          return;
        default:
          return;
      }
    },

    close(name) {
      if (name === 'w:object' && objects.pop() === false) counts.embedded++;
    },
  };
}
