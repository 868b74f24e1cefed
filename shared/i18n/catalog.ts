/** The shape every language of the catalog must have: the Swedish catalog with strings as leaves. */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };

/**
 * Looks up a dotted key (`menu.file`) in a catalog and fills `{{name}}` placeholders. Used by the
 * main process and the report builder; the renderer uses i18next over the same catalogs.
 */
export function translate(catalog: object, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
