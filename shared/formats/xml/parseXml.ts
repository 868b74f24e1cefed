import { SaxesParser } from 'saxes';
import { ImportError } from '../../domain/importError';
import { DEFAULT_GUARD, type LimitGuard } from '../../domain/importLimits';

/** Namespace URI → the short prefix an importer matches element names with (e.g. both Word namespaces → 'w'). */
export type NamespaceMap = Readonly<Record<string, string>>;

/**
 * An element's attributes, valid only during the `open` call that receives them (the object is reused).
 * Names are asked for as `prefix:local` with the importer's prefixes (e.g. `w:val`, `r:id`), or as a plain
 * local name for attributes without a namespace. A `prefix:local` question also accepts the attribute
 * written without a prefix, which some generators do.
 */
export interface XmlAttributes {
  get(name: string): string | undefined;
}

export interface XmlHandler {
  /** `name` is `prefix:local` with the importer's prefix, `?:local` for an unknown namespace, or `local`. */
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** Character data, entity references resolved (`&amp;` etc.); may come in several pieces. */
  text(text: string): void;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Errors of a file that is still readable: saxes reports them and goes on. An undefined entity (any
 * entity but the five predefined ones: saxes reads no DTD, so nothing declared in a DOCTYPE, external
 * or internal, is ever fetched or expanded) is kept as its literal text, e.g. `&name;`.
 */
const TOLERATED = ['undefined entity.', 'disallowed character.', 'malformed character entity.', 'text data outside of root node.', 'duplicate attribute:'];

class Scope {
  readonly names = new Map<string, string>();
  constructor(
    readonly parent: Scope | null,
    /** Raw prefix ('' for the default namespace) → importer prefix, or '?' for an unknown namespace. */
    readonly prefixes: Map<string, string>,
  ) {}

  /** Looked up scope by scope outwards (a loop: a hostile file may nest thousands of declarations). */
  prefixOf(raw: string): string | undefined {
    let found = this.prefixes.get(raw);
    for (let scope = this.parent; found === undefined && scope !== null; scope = scope.parent) found = scope.prefixes.get(raw);
    return found;
  }

  /** The importer's name of a raw element name, cached per scope. */
  elementName(raw: string): string {
    let name = this.names.get(raw);
    if (name === undefined) {
      const colon = raw.indexOf(':');
      const rawPrefix = colon < 0 ? '' : raw.slice(0, colon);
      const local = colon < 0 ? raw : raw.slice(colon + 1);
      const prefix = this.prefixOf(rawPrefix);
      // An undeclared prefix is taken at its word (lenient); no default namespace means no prefix.
      name = prefix === undefined ? (colon < 0 ? local : `${rawPrefix}:${local}`) : prefix === '' ? local : `${prefix}:${local}`;
      this.names.set(raw, name);
    }
    return name;
  }
}

class Attributes implements XmlAttributes {
  raw: Record<string, string> = {};
  scope: Scope | null = null;

  get(name: string): string | undefined {
    const colon = name.indexOf(':');
    if (colon < 0) return this.raw[name];
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    let unprefixed: string | undefined;
    for (const key in this.raw) {
      const keyColon = key.indexOf(':');
      if (keyColon < 0) {
        if (key === local) unprefixed = this.raw[key];
        continue;
      }
      if (key.slice(keyColon + 1) !== local) continue;
      const rawPrefix = key.slice(0, keyColon);
      const resolved = rawPrefix === 'xml' ? 'xml' : (this.scope?.prefixOf(rawPrefix) ?? rawPrefix);
      if (resolved === prefix) return this.raw[key];
    }
    return unprefixed;
  }
}

/**
 * Reads an XML part with saxes (SAX, one pass), giving elements the importer's namespace prefixes so that
 * odd prefixes (`ns0:`) and both the Transitional and the Strict OOXML namespaces read the same. Throws
 * ImportError('corrupt') on XML that is not well-formed. The guard's limits hold as it reads: elements
 * nested deeper than the limit stop it ('elementsTooDeep'), and its clock is ticked at every element.
 */
export function parseXml(source: string, namespaces: NamespaceMap, handler: XmlHandler, part: string, guard: LimitGuard = DEFAULT_GUARD): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root = new Scope(null, new Map([['xml', 'xml']]));
  let scope = root;
  const scopes: (Scope | null)[] = [];
  const names: string[] = [];
  const attributes = new Attributes();

  parser.on('error', (error: Error) => {
    const message = error.message;
    if (TOLERATED.some((tolerated) => message.includes(tolerated))) return;
    throw new ImportError('corrupt', `${part}: ${message}`);
  });
  parser.on('opentag', (tag) => {
    guard.check('elementDepth', names.length + 1);
    guard.tick();
    const raw = tag.attributes as Record<string, string>;
    let declared: Map<string, string> | null = null;
    for (const key in raw) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        declared ??= new Map();
        const uri = raw[key] as string;
        const prefix = uri === XML_NAMESPACE ? 'xml' : uri === '' ? '' : (namespaces[uri] ?? '?');
        declared.set(key === 'xmlns' ? '' : key.slice(6), prefix);
      }
    }
    if (declared) {
      scopes.push(scope);
      scope = new Scope(scope, declared);
    } else {
      scopes.push(null);
    }
    const name = scope.elementName(tag.name);
    names.push(name);
    attributes.raw = raw;
    attributes.scope = scope;
    handler.open(name, attributes);
  });
  parser.on('closetag', () => {
    const name = names.pop() as string;
    const previous = scopes.pop();
    handler.close(name);
    if (previous) scope = previous;
  });
  parser.on('text', (text) => {
    guard.tick();
    handler.text(text);
  });
  parser.on('cdata', (text) => handler.text(text));
  parser.write(source).close();
}
