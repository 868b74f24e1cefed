import { namespace } from '../catalog';

/** Strings of REFI-QDA codebook exchange (namespace `ui.refi`). */
export const refi = namespace({
  sv: {
    exportQdc: 'Exportera kodbok (REFI-QDA)',
    importQdc: 'Importera kodbok (REFI-QDA)',
    /** The file types offered in the open dialog. */
    fileTypes: 'Kodbok eller projekt från NVivo, MAXQDA, ATLAS.ti eller QualCoder (.qdc, .qde, .qdpx)',
    /** The name given to a code that has none in the file. */
    untitledCode: 'Namnlös kod',
    /** The labels of the notes in a code's description, as other programs show it. */
    qdcText: {
      inclusion: 'Koda här',
      exclusion: 'Koda inte här',
      example: 'Exempel',
    },
    errors: {
      invalidInput: 'Filen kunde inte läsas. Välj filen igen.',
      empty: 'Filen är tom. Exportera kodboken på nytt ur det andra programmet och försök igen.',
      tooLarge: 'Filen är för stor för att vara en kodbok. Exportera bara kodboken (.qdc) ur det andra programmet och importera den i stället.',
      tooDeep: 'Koderna i filen ligger i för många nivåer under varandra. Flytta upp koderna några nivåer i det andra programmet och exportera igen.',
      notXml: 'Filen är ingen REFI-QDA-fil, eller så är den skadad. Exportera kodboken på nytt ur det andra programmet som REFI-QDA-kodbok (.qdc) och försök igen.',
      wrongRoot: 'Filen är XML men ingen REFI-QDA-kodbok eller -projekt. Välj en .qdc-, .qde- eller .qdpx-fil.',
      noCodeBook: 'Projektet i filen har ingen kodbok. Lägg till koder i det andra programmet, eller exportera kodboken för sig (.qdc), och försök igen.',
      noCodes: 'Kodboken i filen har inga koder. Kontrollera att du valt rätt fil.',
      duplicateGuid: 'Två koder i filen har samma id (GUID), så det går inte att avgöra vilken som är vilken. Exportera kodboken på nytt ur det andra programmet. Inget har importerats.',
      notZip: 'Filen ser ut som ett zip-arkiv (.qdpx) men är skadad eller krypterad. Exportera projektet på nytt och försök igen.',
      noProjectInZip: 'Arkivet innehåller ingen project.qde och är alltså inget REFI-QDA-projekt. Välj en .qdpx-fil som NVivo, MAXQDA, ATLAS.ti eller QualCoder har exporterat.',
    },
    warnings: {
      missingName: 'Några koder saknade namn och fick namnet ”Namnlös kod”. Byt namn på dem i kodboken.',
      missingGuid: 'Några koder saknade id (GUID) och fick ett nytt.',
      invalidGuid: 'Några koder hade ett id (GUID) i fel format; det behölls som det var.',
      invalidColour: 'Några koder hade en färg som inte kunde läsas och fick en standardfärg. Välj färg i kodboken om du vill.',
      notCodable: 'Några koder var bara mappar i det andra programmet. Här blir de vanliga koder som går att koda med.',
      setsIgnored: 'Kodgrupper (sets) i filen importerades inte; koderna i dem finns med.',
      codeNotesIgnored: 'Anteckningar (memon) som hörde till koderna importerades inte; bara kodernas beskrivningar finns med.',
      descriptionEdited: 'Beskrivningen av några koder har ändrats i det andra programmet. Spårbar behöll sina egna definitioner och anteckningar för dem; jämför och för över ändringarna för hand.',
      duplicateId: 'Några koder var kopior av en och samma Spårbar-kod och fick egna id.',
      unreadableSparbarData: 'Spårbars egna uppgifter om några koder var skadade; koderna lästes som vanliga REFI-QDA-koder (namn, färg och beskrivning).',
    },
  },
  en: {
    exportQdc: 'Export codebook (REFI-QDA)',
    importQdc: 'Import codebook (REFI-QDA)',
    fileTypes: 'Codebook or project from NVivo, MAXQDA, ATLAS.ti or QualCoder (.qdc, .qde, .qdpx)',
    untitledCode: 'Untitled code',
    qdcText: {
      inclusion: 'Code here',
      exclusion: 'Do not code here',
      example: 'Example',
    },
    errors: {
      invalidInput: 'The file could not be read. Choose it again.',
      empty: 'The file is empty. Export the codebook again from the other program and try again.',
      tooLarge: 'The file is too large to be a codebook. Export only the codebook (.qdc) from the other program and import that instead.',
      tooDeep: 'The codes in the file are nested too many levels deep. Move the codes up a few levels in the other program and export again.',
      notXml: 'The file is not a REFI-QDA file, or it is damaged. Export the codebook again from the other program as a REFI-QDA codebook (.qdc) and try again.',
      wrongRoot: 'The file is XML but not a REFI-QDA codebook or project. Choose a .qdc, .qde or .qdpx file.',
      noCodeBook: 'The project in the file has no codebook. Add codes in the other program, or export the codebook on its own (.qdc), and try again.',
      noCodes: 'The codebook in the file has no codes. Check that you chose the right file.',
      duplicateGuid: 'Two codes in the file have the same id (GUID), so they cannot be told apart. Export the codebook again from the other program. Nothing was imported.',
      notZip: 'The file looks like a zip archive (.qdpx) but is damaged or encrypted. Export the project again and try again.',
      noProjectInZip: 'The archive holds no project.qde, so it is not a REFI-QDA project. Choose a .qdpx file exported by NVivo, MAXQDA, ATLAS.ti or QualCoder.',
    },
    warnings: {
      missingName: 'Some codes had no name and were named “Untitled code”. Rename them in the codebook.',
      missingGuid: 'Some codes had no id (GUID) and were given a new one.',
      invalidGuid: 'Some codes had an id (GUID) in the wrong format; it was kept as it was.',
      invalidColour: 'Some codes had a colour that could not be read and got a default colour. Choose a colour in the codebook if you like.',
      notCodable: 'Some codes were only folders in the other program. Here they become ordinary codes that can be coded with.',
      setsIgnored: 'Code sets in the file were not imported; the codes in them were.',
      codeNotesIgnored: 'Notes (memos) attached to the codes were not imported; only the codes’ descriptions were.',
      descriptionEdited: 'The description of some codes was changed in the other program. Spårbar kept its own definitions and notes for them; compare and carry the changes over by hand.',
      duplicateId: 'Some codes were copies of one and the same Spårbar code and were given ids of their own.',
      unreadableSparbarData: 'Spårbar’s own data on some codes was damaged; those codes were read as plain REFI-QDA codes (name, colour and description).',
    },
  },
});
