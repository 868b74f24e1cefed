import { namespace } from './catalog';

/**
 * The open and save dialogs and their limits, and the main process's own dialogs (namespace `dialog`).
 * tooManyFiles and batchTooLarge have no singular: they count more than 500 files, and files above 1 GB
 * together of at most 256 MB each (shared/ports/openBatch.ts).
 */
export const dialog = namespace({
  sv: {
    openTitle: 'Välj filer',
    saveTitle: 'Spara som',
    tooLarge: 'Filen {{name}} är för stor för att öppnas (högst 256 MB). Dela upp den, eller spara den utan bilder, och försök igen.',
    tooManyFiles: 'Du valde {{count}} filer. Välj högst {{max}} filer åt gången.',
    openRefusedTitle: 'Filerna öppnades inte',
    batchTooLarge_one: 'Filen du valde är {{size}}, och högst {{max}} kan öppnas på en gång. Välj en mindre fil.',
    batchTooLarge: 'De {{count}} filerna du valde är {{size}} tillsammans, och högst {{max}} kan öppnas på en gång. Välj färre filer och öppna resten i en ny omgång.',
    tooManyFiles_one: 'Du valde {{count}} fil. Välj högst {{max}} filer åt gången.',
    backupFolderTitle: 'Välj mapp för säkerhetskopior',
    leaveMessage: 'Spårbar arbetar fortfarande (en import, en autokodning eller en utvärderingsfil som öppnas eller sparas). Stänger du nu blir det arbetet inte klart.',
    leaveStay: 'Stanna kvar',
    leaveAnyway: 'Stäng ändå',
    rendererGone: {
      reloaded: 'Spårbars fönster slutade fungera och har lästs in igen.',
      stopped_one: 'Spårbars fönster slutade fungera igen, {{count}} gång inom en minut, och läses inte in på nytt av sig självt.',
      stopped: 'Spårbars fönster slutade fungera igen, {{count}} gånger inom en minut, och läses inte in på nytt av sig självt.',
      kept: 'Allt som var sparat finns kvar. Ett arbete som pågick (en import, en rapport, en utvärderingsfil som sparades eller öppnades) blev inte klart: gör om det.',
      stoppedAdvice: 'Allt som var sparat finns kvar. Försök igen, eller avsluta Spårbar och starta det igen. Händer det när du öppnar en viss fil, importera den inte igen: dela upp den eller spara den i ett annat format.',
      retry: 'Försök igen',
      quit: 'Avsluta Spårbar',
      reason: {
        oom: 'Fönstret fick slut på minne (till exempel av en mycket stor fil).',
        crashed: 'Fönstret kraschade.',
        killed: 'Fönstret avslutades av operativsystemet eller ett annat program.',
        launchFailed: 'Fönstret kunde inte startas.',
        integrityFailure: 'Spårbars programkod klarade inte kontrollen av att den är oförändrad. Installera om Spårbar om det händer igen.',
        memoryEviction: 'Operativsystemet tog tillbaka fönstrets minne.',
        other: 'Fönstret avslutades oväntat (orsak: {{reason}}, kod {{exitCode}}).',
      },
    },
  },
  en: {
    openTitle: 'Choose files',
    saveTitle: 'Save as',
    tooLarge: 'The file {{name}} is too large to open (256 MB at most). Split it, or save it without images, and try again.',
    tooManyFiles: 'You chose {{count}} files. Choose at most {{max}} files at a time.',
    openRefusedTitle: 'The files were not opened',
    batchTooLarge_one: 'The file you chose is {{size}}, and at most {{max}} can be opened at a time. Choose a smaller file.',
    batchTooLarge: 'The {{count}} files you chose come to {{size}} together, and at most {{max}} can be opened at a time. Choose fewer files and open the rest in another round.',
    tooManyFiles_one: 'You chose {{count}} file. Choose at most {{max}} files at a time.',
    backupFolderTitle: 'Choose a folder for backups',
    leaveMessage: 'Spårbar is still working (an import, an auto-coding, or an evaluation file being opened or saved). If you close now, that work is not finished.',
    leaveStay: 'Stay',
    leaveAnyway: 'Close anyway',
    rendererGone: {
      reloaded: "Spårbar's window stopped working and has been reloaded.",
      stopped_one: "Spårbar's window stopped working again, {{count}} time within a minute, and is not reloaded on its own.",
      stopped: "Spårbar's window stopped working again, {{count}} times within a minute, and is not reloaded on its own.",
      kept: 'Everything that was saved is still there. Work that was running (an import, a report, an evaluation file being saved or opened) did not finish: do it again.',
      stoppedAdvice: 'Everything that was saved is still there. Try again, or quit Spårbar and start it again. If it happens when you open a certain file, do not import it again: split it or save it in another format.',
      retry: 'Try again',
      quit: 'Quit Spårbar',
      reason: {
        oom: 'The window ran out of memory (for example with a very large file).',
        crashed: 'The window crashed.',
        killed: 'The window was ended by the operating system or another program.',
        launchFailed: 'The window could not be started.',
        integrityFailure: "Spårbar's program code failed the check that it is unchanged. Reinstall Spårbar if this happens again.",
        memoryEviction: "The operating system took back the window's memory.",
        other: 'The window ended unexpectedly (reason: {{reason}}, code {{exitCode}}).',
      },
    },
  },
});
