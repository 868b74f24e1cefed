import { namespace } from './catalog';

/** The desktop app's open and save dialogs and their limits (namespace `dialog`). */
export const dialog = namespace({
  sv: {
    openTitle: 'Välj filer',
    saveTitle: 'Spara som',
    tooLarge: 'Filen {{name}} är för stor för att öppnas (högst 256 MB). Dela upp den, eller spara den utan bilder, och försök igen.',
    tooManyFiles: 'Du valde {{count}} filer. Välj högst {{max}} filer åt gången.',
    backupFolderTitle: 'Välj mapp för säkerhetskopior',
  },
  en: {
    openTitle: 'Choose files',
    saveTitle: 'Save as',
    tooLarge: 'The file {{name}} is too large to open (256 MB at most). Split it, or save it without images, and try again.',
    tooManyFiles: 'You chose {{count}} files. Choose at most {{max}} files at a time.',
    backupFolderTitle: 'Choose a folder for backups',
  },
});
