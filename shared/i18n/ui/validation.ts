import { namespace } from '../catalog';

/** A form field's errors, a message per field error (namespace `ui.validation`). */
export const validation = namespace({
  sv: {
    required: 'Fyll i det här fältet.',
    notANumber: 'Skriv ett tal, till exempel 1 250 000 eller 12,5.',
    negative: 'Beloppet kan inte vara negativt.',
    badDate: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    endBeforeStart: 'Slutdatum måste vara efter startdatum.',
    tooLong: 'Texten är för lång (högst 500 tecken).',
  },
  en: {
    required: 'Please fill in this field.',
    notANumber: 'Enter a number, for example 1 250 000 or 12,5.',
    negative: 'The amount cannot be negative.',
    badDate: 'Enter the date as YYYY-MM-DD.',
    endBeforeStart: 'The end date must be after the start date.',
    tooLong: 'The text is too long (at most 500 characters).',
  },
});
