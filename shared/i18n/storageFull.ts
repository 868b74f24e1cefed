import { namespace } from './catalog';

/**
 * A write refused because storage is full or a record is too large (shared/domain/storageFull.ts),
 * namespace `storageFull`: what happened and what to do. Each is a detail the screens put in
 * `ui.common.actionFailed` ("… Inget har ändrats; försök igen."), so none ends with a full stop.
 */
export const storageFull = namespace({
  sv: {
    quota:
      'Lagringsutrymmet är fullt: Spårbar använder {{used}} och har {{available}} kvar. Ta bort gamla dokumentversioner eller utvärderingar du inte behöver, eller spara utvärderingen till en fil (Arkiv > Spara som utvärderingsfil) och ta bort den här. I webbläsaren: frigör diskutrymme på datorn',
    quotaUnknown:
      'Lagringsutrymmet är fullt. Ta bort gamla dokumentversioner eller utvärderingar du inte behöver, eller spara utvärderingen till en fil (Arkiv > Spara som utvärderingsfil) och ta bort den här. I webbläsaren: frigör diskutrymme på datorn',
    tooLarge:
      'Det som skulle sparas är för stort för webbläsarens lagring i ett stycke. Dela upp dokumentet i mindre filer och importera dem var för sig',
  },
  en: {
    quota:
      'Storage is full: Spårbar uses {{used}} and has {{available}} left. Delete old document versions or evaluations you no longer need, or save the evaluation to a file (File > Save as evaluation file) and delete it here. In the browser: free disk space on the computer',
    quotaUnknown:
      'Storage is full. Delete old document versions or evaluations you no longer need, or save the evaluation to a file (File > Save as evaluation file) and delete it here. In the browser: free disk space on the computer',
    tooLarge: "What was to be saved is too large for the browser's storage in one piece. Split the document into smaller files and import them one by one",
  },
});
