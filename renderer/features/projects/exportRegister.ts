import type { Project } from '../../../shared/domain';
import { REGISTER_FIELDS, type RegisterField } from '../../../shared/ingest/tables/register/registerImport';
import type { CellValue } from '../../../shared/domain/tableValues';
import { writeCsv } from '../../../shared/ingest/tables/csv/writeCsv';
import type { CsvFlavour } from '../datasets/exportDataset';

/**
 * The project register as CSV: one column per project field (headers in the UI language, so the file
 * can be imported again), then one per free attribute name found in the register.
 */
export function registerCsv(projects: readonly Project[], fieldLabel: (field: RegisterField) => string, flavour: CsvFlavour): Uint8Array {
  const attributeNames = [...new Set(projects.flatMap((project) => project.attributes.map((attribute) => attribute.name)))];
  const columns = [...REGISTER_FIELDS.map(fieldLabel), ...attributeNames];
  const rows: CellValue[][] = projects.map((project) => [
    ...REGISTER_FIELDS.map((field): CellValue => {
      const value = project[field];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    }),
    ...attributeNames.map((name) => project.attributes.find((attribute) => attribute.name === name)?.value ?? null),
  ]);
  return writeCsv(columns, rows, { delimiter: flavour === 'semicolon' ? ';' : ',' });
}
