import { namespace } from './catalog';

/** Why a table could not be read, a message per table error code (namespace `tableError`). */
export const tableError = namespace({
  sv: {
    empty: 'Filen {{name}} innehåller ingen tabell. Kontrollera att du valde rätt fil.',
    binary: 'Filen {{name}} är ingen textfil (CSV) och inget Excel-ark. Spara tabellen som CSV eller .xlsx och försök igen.',
    headerOnly: 'Filen {{name}} har en rubrikrad men inga datarader. Kontrollera att du valde rätt fil eller ange att filen saknar rubrikrad.',
    tooLarge: 'Filen {{name}} är för stor ({{size}}). Den största tillåtna är {{max}}. Dela upp tabellen och läs in delarna var för sig.',
    timeout: 'Det tog längre än tidsgränsen ({{max}} s) att läsa tabellen {{name}}, så läsningen avbröts. Spara om den som CSV (UTF-8), eller dela upp den, och försök igen.',
    unsupportedFormat: 'Spårbar kan inte läsa tabeller av det här slaget ({{name}}). Spara tabellen som CSV (UTF-8) eller Excel-arbetsbok (.xlsx).',
    corrupt: 'Filen {{name}} är skadad och kan inte läsas. Öppna den i Excel eller LibreOffice och spara den igen, eller be avsändaren om en ny kopia.',
    encrypted: 'Arbetsboken {{name}} är lösenordsskyddad. Öppna den i Excel eller LibreOffice, ta bort lösenordet, spara och läs in den igen.',
    noSheets: 'Arbetsboken {{name}} har inga kalkylblad. Kontrollera att du valde rätt fil.',
    sheetNotFound: 'Arbetsboken {{name}} har inget blad som heter {{sheet}}. Välj ett av bladen i listan.',
    cancelled: 'Inläsningen av {{name}} avbröts. Inget sparades.',
  },
  en: {
    empty: 'The file {{name}} holds no table. Check that you chose the right file.',
    binary: 'The file {{name}} is neither a text file (CSV) nor an Excel workbook. Save the table as CSV or .xlsx and try again.',
    headerOnly: 'The file {{name}} has a header row but no data rows. Check that you chose the right file, or say that the file has no header row.',
    tooLarge: 'The file {{name}} is too large ({{size}}). The largest allowed is {{max}}. Split the table and read the parts one by one.',
    timeout: 'Reading the table {{name}} took longer than the time limit ({{max}} s), so it was stopped. Save it again as CSV (UTF-8), or split it, and try again.',
    unsupportedFormat: 'Spårbar cannot read tables of this kind ({{name}}). Save the table as CSV (UTF-8) or as an Excel workbook (.xlsx).',
    corrupt: 'The file {{name}} is damaged and cannot be read. Open it in Excel or LibreOffice and save it again, or ask the sender for a new copy.',
    encrypted: 'The workbook {{name}} is password-protected. Open it in Excel or LibreOffice, remove the password, save and read it again.',
    noSheets: 'The workbook {{name}} has no sheets. Check that you chose the right file.',
    sheetNotFound: 'The workbook {{name}} has no sheet named {{sheet}}. Choose one of the sheets in the list.',
    cancelled: 'Reading {{name}} was cancelled. Nothing was saved.',
  },
});
