import { namespace } from './catalog';

/** What an import of a document changed or left out, a message per import warning code (namespace `importWarning`). */
export const importWarning = namespace({
  sv: {
    trackedChangesAccepted: 'Spårade ändringar lästes som godkända ({{insertions}} tillägg, {{deletions}} borttagningar).',
    externalResourcesIgnored: '{{count}} länkar eller bilder utanför filen hämtades inte.',
    imagesIgnored: '{{count}} bilder lämnades bort; bara texten importerades.',
    commentsKept: '{{count}} kommentarer behölls som författarens anteckningar.',
    runningTextHidden: 'Sidhuvuden och sidfötter ({{count}} rader) känns igen och döljs i läsaren.',
    pagesWithoutText: 'Sidorna {{pages}} har ingen text (kanske inskannade bilder).',
    decodedAsWindows1252: 'Filen var inte UTF-8 och lästes som Windows-1252.',
    mixedEncodings: 'Filen blandar teckenkodningar (UTF-8 och Windows-1252); varje del lästes i sin egen. Kontrollera att å, ä och ö ser rätt ut.',
    decodedAsUtf16: 'Filen lästes som UTF-16.',
    mislabelled: 'Filändelsen .{{extension}} stämmer inte med innehållet, som är {{format}}.',
    replacementCharacters: '{{count}} tecken kunde inte läsas och ersattes med �.',
    embeddedObjectsIgnored: '{{count}} inbäddade objekt (till exempel kalkylblad) lämnades bort.',
  },
  en: {
    trackedChangesAccepted: 'Tracked changes were read as accepted ({{insertions}} insertions, {{deletions}} deletions).',
    externalResourcesIgnored: '{{count}} links or images outside the file were not fetched.',
    imagesIgnored: '{{count}} images were left out; only the text was imported.',
    commentsKept: '{{count}} comments were kept as the author’s annotations.',
    runningTextHidden: 'Running headers and footers ({{count}} lines) were recognised and are hidden in the reader.',
    pagesWithoutText: 'Pages {{pages}} have no text (perhaps scanned images).',
    decodedAsWindows1252: 'The file was not UTF-8 and was read as Windows-1252.',
    mixedEncodings: 'The file mixes character encodings (UTF-8 and Windows-1252); each part was read in its own. Check that å, ä and ö look right.',
    decodedAsUtf16: 'The file was read as UTF-16.',
    mislabelled: 'The file extension .{{extension}} does not match the content, which is {{format}}.',
    replacementCharacters: '{{count}} characters could not be read and were replaced with �.',
    embeddedObjectsIgnored: '{{count}} embedded objects (for example spreadsheets) were left out.',
  },
});
