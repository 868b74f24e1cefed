import { namespace } from './catalog';

/** The desktop app's open and save dialogs and their limits (namespace `dialog`). */
export const dialog = namespace({
  sv: {
    openTitle: 'Välj filer',
    saveTitle: 'Spara som',
    tooLarge: 'Filen {{name}} är för stor för att öppnas (högst 256 MB). Dela upp den, eller spara den utan bilder, och försök igen.',
    tooManyFiles: 'Du valde {{count}} filer. Välj högst {{max}} filer åt gången.',
    tooManyFiles_one: 'Du valde {{count}} fil. Välj högst {{max}} filer åt gången.',
    backupFolderTitle: 'Välj mapp för säkerhetskopior',
    leaveMessage: 'Spårbar arbetar fortfarande (en import, en autokodning eller en utvärderingsfil som öppnas eller sparas). Stänger du nu blir det arbetet inte klart.',
    leaveStay: 'Stanna kvar',
    leaveAnyway: 'Stäng ändå',
  },
  en: {
    openTitle: 'Choose files',
    saveTitle: 'Save as',
    tooLarge: 'The file {{name}} is too large to open (256 MB at most). Split it, or save it without images, and try again.',
    tooManyFiles: 'You chose {{count}} files. Choose at most {{max}} files at a time.',
    tooManyFiles_one: 'You chose {{count}} file. Choose at most {{max}} files at a time.',
    backupFolderTitle: 'Choose a folder for backups',
    leaveMessage: 'Spårbar is still working (an import, an auto-coding, or an evaluation file being opened or saved). If you close now, that work is not finished.',
    leaveStay: 'Stay',
    leaveAnyway: 'Close anyway',
  },
});
