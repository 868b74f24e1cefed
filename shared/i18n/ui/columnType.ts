import { namespace } from '../catalog';

/** The types of a table column (namespace `ui.columnType`). */
export const columnType = namespace({
  sv: {
    integer: 'Heltal',
    decimal: 'Decimaltal',
    percent: 'Procent',
    date: 'Datum',
    datetime: 'Datum och tid',
    boolean: 'Ja/nej',
    text: 'Text',
  },
  en: {
    integer: 'Integer',
    decimal: 'Decimal',
    percent: 'Percent',
    date: 'Date',
    datetime: 'Date and time',
    boolean: 'Yes/no',
    text: 'Text',
  },
});
