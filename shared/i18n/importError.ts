import { namespace } from './catalog';

/** Why a document could not be imported, a message per import error code (namespace `importError`). */
export const importError = namespace({
  sv: {
    empty: 'Filen {{name}} innehåller ingen text. Kontrollera att du valt rätt fil.',
    binary: 'Filen {{name}} är ingen textfil och inget format som Spårbar läser. Spara rapporten som Word, PDF, OpenDocument eller text och försök igen.',
    unsupportedFormat: 'Spårbar kan inte läsa filer av det här slaget ({{name}}). Spara rapporten som Word (.docx), PDF, OpenDocument (.odt), HTML eller text.',
    corrupt: 'Filen {{name}} är skadad och kan inte läsas. Be avsändaren om en ny kopia, eller öppna och spara om den i Word eller LibreOffice.',
    encryptedOffice: 'Filen {{name}} är lösenordsskyddad. Öppna den i Word eller LibreOffice, ta bort lösenordet, spara och importera igen.',
    passwordRequired: 'PDF-filen {{name}} är lösenordsskyddad. Skriv lösenordet och försök igen.',
    passwordWrong: 'Lösenordet till {{name}} stämmer inte. Försök igen.',
    noTextLayer: 'PDF-filen {{name}} har ingen text, bara bilder (till exempel en inskannad rapport). Kör textigenkänning (OCR) på den först, till exempel i Adobe Acrobat eller med OCRmyPDF, och importera sedan den nya filen. Inget har importerats.',
    tooLarge: 'Filen {{name}} är för stor ({{size}}). Största tillåtna storlek är {{max}}. Dela upp dokumentet eller spara det utan bilder.',
    zipTooLarge: 'Filen {{name}} packar upp sig till mer än Spårbar tillåter. Den kan vara skadad eller skadlig; öppna den i Word eller LibreOffice och spara om den.',
    timeout: 'Det tog för lång tid att läsa {{name}}, så importen avbröts. Spara om filen, eller dela upp den, och försök igen.',
    cancelled: 'Importen av {{name}} avbröts. Inget har sparats.',
  },
  en: {
    empty: 'The file {{name}} holds no text. Check that you chose the right file.',
    binary: 'The file {{name}} is not a text file nor a format Spårbar reads. Save the report as Word, PDF, OpenDocument or text and try again.',
    unsupportedFormat: 'Spårbar cannot read files of this kind ({{name}}). Save the report as Word (.docx), PDF, OpenDocument (.odt), HTML or text.',
    corrupt: 'The file {{name}} is damaged and cannot be read. Ask the sender for a new copy, or open and save it again in Word or LibreOffice.',
    encryptedOffice: 'The file {{name}} is password-protected. Open it in Word or LibreOffice, remove the password, save and import it again.',
    passwordRequired: 'The PDF {{name}} is password-protected. Enter the password and try again.',
    passwordWrong: 'The password for {{name}} is not right. Try again.',
    noTextLayer: 'The PDF {{name}} has no text, only images (for example a scanned report). Run text recognition (OCR) on it first, for example in Adobe Acrobat or with OCRmyPDF, then import the new file. Nothing was imported.',
    tooLarge: 'The file {{name}} is too large ({{size}}). The largest allowed is {{max}}. Split the document or save it without images.',
    zipTooLarge: 'The file {{name}} unpacks to more than Spårbar allows. It may be damaged or malicious; open it in Word or LibreOffice and save it again.',
    timeout: 'Reading {{name}} took too long, so the import was stopped. Save the file again, or split it, and try again.',
    cancelled: 'The import of {{name}} was cancelled. Nothing was saved.',
  },
});
