/** The shape every language of the catalog must have: the Swedish catalog with strings as leaves. */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };

/** Strings, and groups of them, under keys: one language of a namespace. */
export interface Texts {
  readonly [key: string]: string | Texts;
}

/** A namespace of the catalog in both languages; the English has the shape of the Swedish. */
export interface Namespace<T extends Texts> {
  readonly sv: T;
  readonly en: CatalogShape<T>;
}

/**
 * Declares a namespace: its Swedish strings set the shape, and the English must have exactly the same
 * keys (a missing or an extra English key is a type error). Returns the two languages as given.
 */
export function namespace<T extends Texts>(texts: { sv: T; en: NoInfer<CatalogShape<T>> }): Namespace<T> {
  return texts;
}

type InLanguage<N, L extends 'sv' | 'en'> = { -readonly [K in keyof N]: N[K] extends Readonly<Record<L, infer T>> ? T : never };

/** Puts namespaces together under their names, one catalog per language: `{ sv: { menu: …, … }, en: { … } }`. */
export function assemble<N extends Record<string, { readonly sv: Texts; readonly en: Texts }>>(namespaces: N): { sv: InLanguage<N, 'sv'>; en: InLanguage<N, 'en'> } {
  const sv: Record<string, Texts> = {};
  const en: Record<string, Texts> = {};
  for (const [name, texts] of Object.entries(namespaces)) {
    sv[name] = texts.sv;
    en[name] = texts.en;
  }
  return { sv: sv as InLanguage<N, 'sv'>, en: en as InLanguage<N, 'en'> };
}

/** The string at a dotted key, if there is one. */
function lookUp(catalog: object, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * i18next's plural form of a count in Swedish and English (the same rule in both): `one` for 1, else
 * `other`. A count given as a formatted string ("1", "1 234") is read as a number first.
 */
export function pluralForm(count: string | number): 'one' | 'other' {
  return Number(typeof count === 'string' ? count.replace(/[\s\u00a0]/g, '') : count) === 1 ? 'one' : 'other';
}

/**
 * Looks up a dotted key (`menu.file`) in a catalog and fills `{{name}}` placeholders. Used by the
 * main process, the report builder and the command line; the renderer uses i18next over the same catalogs.
 * With a `count`, the plural form is taken as i18next takes it: `key_one` for 1, else `key_other`, else `key`.
 */
export function translate(catalog: object, key: string, values: Record<string, string | number> = {}): string {
  const count = values['count'];
  const node = count === undefined ? lookUp(catalog, key) : (lookUp(catalog, `${key}_${pluralForm(count)}`) ?? lookUp(catalog, key));
  if (node === undefined) return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
