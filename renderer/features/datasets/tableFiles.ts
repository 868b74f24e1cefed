/** The file name without its extension, as the default dataset name. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export const TABLE_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'];
