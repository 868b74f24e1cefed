import { namespace } from './catalog';

/** What reading a table (CSV or Excel) ran into, a message per table problem code (namespace `tableProblem`). */
export const tableProblem = namespace({
  sv: {
    raggedRow: 'Rad {{line}} har fel antal fält ({{fields}}; rubrikraden har {{expected}}). Kontrollera raden i filen; saknade fält lämnas tomma.',
    raggedRowMore: 'Ytterligare {{count}} rader har fler eller färre fält än rubrikraden. Kontrollera avgränsaren eller filen.',
    raggedRowMore_one: 'Ytterligare {{count}} rad har fler eller färre fält än rubrikraden. Kontrollera avgränsaren eller filen.',
    headerRenamed: 'Tomma eller upprepade kolumnrubriker fick nya namn: {{names}}. Byt namn i filen om du vill ha andra.',
    typeMismatch: 'Rad {{line}}, kolumn {{column}}: värdet ”{{value}}” passar inte typen {{type}} och lämnades tomt. Rätta värdet eller välj en annan typ för kolumnen.',
    typeMismatchMore: 'Kolumn {{column}}: ytterligare {{count}} värden passar inte typen {{type}} och lämnades tomma. Välj en annan typ för kolumnen.',
    typeMismatchMore_one: 'Kolumn {{column}}: ytterligare {{count}} värde passar inte typen {{type}} och lämnades tomt. Välj en annan typ för kolumnen.',
    unclosedQuote: 'Ett citattecken på rad {{line}} avslutas aldrig, så resten av filen lästes som ett enda fält. Rätta citattecknet i filen och läs in den igen.',
    preambleSkipped: 'De första {{count}} raderna före rubrikraden hoppades över. Ändra antalet rader att hoppa över om det blev fel.',
    preambleSkipped_one: 'Den första raden före rubrikraden hoppades över. Ändra antalet rader att hoppa över om det blev fel.',
    mixedLineEndings: 'Filen blandar radslut (CRLF och LF). Den lästes ändå; kontrollera att antalet rader stämmer.',
    decodedAsWindows1252: 'Filen var inte UTF-8 och lästes som Windows-1252. Kontrollera att å, ä och ö ser rätt ut.',
    decodedAsUtf16: 'Filen lästes som UTF-16.',
    replacementCharacters: '{{count}} tecken kunde inte läsas och ersattes med �. Spara filen som UTF-8 och läs in den igen.',
    replacementCharacters_one: '{{count}} tecken kunde inte läsas och ersattes med �. Spara filen som UTF-8 och läs in den igen.',
  },
  en: {
    raggedRow: 'Row {{line}} has the wrong number of fields ({{fields}}; the header has {{expected}}). Check the row in the file; missing fields are left empty.',
    raggedRowMore: '{{count}} more rows have more or fewer fields than the header. Check the delimiter or the file.',
    raggedRowMore_one: '{{count}} more row has more or fewer fields than the header. Check the delimiter or the file.',
    headerRenamed: 'Empty or repeated column headers were renamed: {{names}}. Rename them in the file if you want other names.',
    typeMismatch: 'Row {{line}}, column {{column}}: the value “{{value}}” does not fit the type {{type}} and was left empty. Correct the value or choose another type for the column.',
    typeMismatchMore: 'Column {{column}}: {{count}} more values do not fit the type {{type}} and were left empty. Choose another type for the column.',
    typeMismatchMore_one: 'Column {{column}}: {{count}} more value does not fit the type {{type}} and was left empty. Choose another type for the column.',
    unclosedQuote: 'A quotation mark on line {{line}} never closes, so the rest of the file was read as one field. Correct the quotation mark in the file and read it again.',
    preambleSkipped: 'The first {{count}} lines before the header were skipped. Change the number of lines to skip if this is wrong.',
    preambleSkipped_one: 'The first line before the header was skipped. Change the number of lines to skip if this is wrong.',
    mixedLineEndings: 'The file mixes line endings (CRLF and LF). It was read anyway; check that the number of rows is right.',
    decodedAsWindows1252: 'The file was not UTF-8 and was read as Windows-1252. Check that å, ä and ö look right.',
    decodedAsUtf16: 'The file was read as UTF-16.',
    replacementCharacters: '{{count}} characters could not be read and were replaced with �. Save the file as UTF-8 and read it again.',
    replacementCharacters_one: '{{count}} character could not be read and was replaced with �. Save the file as UTF-8 and read it again.',
  },
});
