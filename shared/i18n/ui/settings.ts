import { namespace } from '../catalog';

/** The settings screen (namespace `ui.settings`). */
export const settings = namespace({
  sv: {
    heading: 'Inställningar',
    language: 'Språk',
    coderName: 'Ditt namn som kodare',
    coderNameHint: 'Står vid varje citat du kodar och i utvärderingens logg, så att ett team ser vem som gjort vad. Sparas när du lämnar fältet.',
    storageHeading: 'Lagring',
    used: 'Använt utrymme',
    available: 'Tillgängligt utrymme',
    persisted: 'Beständig lagring',
    persistedYes: 'Ja, webbläsaren rensar inte data automatiskt',
    persistedNo: 'Nej, data kan rensas om disken blir full',
    persistedUnknown: 'Okänt',
    whereDesktop: 'Data sparas i Spårbars programmapp i din användarprofil, i en lokal databas (IndexedDB).',
    whereWeb: 'I webbläge sparas data i webbläsarens lokala databas (IndexedDB) för adressen 127.0.0.1. Rensar du webbläsarens data försvinner den.',
    notEncrypted: 'Data är inte krypterad på disken. Använd diskkryptering (till exempel BitLocker eller FileVault) för känsligt material.',
    persistRefused:
      'Webbläsaren har inte gett Spårbar beständig lagring. Det betyder att webbläsaren kan radera dina utvärderingar utan att fråga, till exempel när disken börjar bli full. Så skyddar du ditt arbete: använd skrivbordsappen Spårbar, som inte rensas på det sättet, eller spara varje utvärdering som fil regelbundet (Översikt › Spara som utvärderingsfil…) och förvara filerna där du har dina andra arbetsfiler. De automatiska säkerhetskopiorna ligger i samma webbläsarlagring och skyddar inte mot detta.',
    persistGranted:
      'Webbläsaren har gett Spårbar beständig lagring: den raderar inte dina utvärderingar på egen hand, inte ens när disken börjar bli full. Rensar du själv webbläsarens data försvinner de ändå, så spara utvärderingarna som filer då och då.',
    persistNoticeLabel: 'Lagringen i webbläsaren',
    persistNotice:
      'Webbläsaren har inte lovat att spara Spårbars data beständigt och kan radera dina utvärderingar utan att fråga, till exempel när disken blir full. Använd skrivbordsappen, eller spara varje utvärdering som fil regelbundet (Översikt › Spara som utvärderingsfil…).',
    persistNoticeSettings: 'Mer om lagringen i Inställningar',
    persistNoticeDismiss: 'Visa inte igen',
  },
  en: {
    heading: 'Settings',
    language: 'Language',
    coderName: 'Your name as coder',
    coderNameHint: 'Shown with every quote you code and in the evaluation’s log, so a team sees who did what. Saved when you leave the field.',
    storageHeading: 'Storage',
    used: 'Space used',
    available: 'Space available',
    persisted: 'Persistent storage',
    persistedYes: 'Yes, the browser will not clear the data automatically',
    persistedNo: 'No, the data may be cleared when the disk is full',
    persistedUnknown: 'Unknown',
    whereDesktop: 'Data is stored in Spårbar’s application folder in your user profile, in a local database (IndexedDB).',
    whereWeb: 'In web mode, data is stored in the browser’s local database (IndexedDB) for the address 127.0.0.1. Clearing the browser’s data deletes it.',
    notEncrypted: 'Data is not encrypted at rest. Use disk encryption (for example BitLocker or FileVault) for sensitive material.',
    persistRefused:
      'The browser has not given Spårbar persistent storage. This means the browser may delete your evaluations without asking, for example when the disk is getting full. To protect your work: use the Spårbar desktop app, which is not cleared that way, or save each evaluation as a file regularly (Overview › Save as evaluation file…) and keep the files with your other work files. The automatic backups are kept in the same browser storage and do not protect against this.',
    persistGranted:
      'The browser has given Spårbar persistent storage: it will not delete your evaluations on its own, not even when the disk is getting full. If you clear the browser’s data yourself they are still deleted, so save the evaluations as files now and then.',
    persistNoticeLabel: 'Storage in the browser',
    persistNotice:
      'The browser has not promised to keep Spårbar’s data and may delete your evaluations without asking, for example when the disk is full. Use the desktop app, or save each evaluation as a file regularly (Overview › Save as evaluation file…).',
    persistNoticeSettings: 'More about storage in Settings',
    persistNoticeDismiss: 'Do not show again',
  },
});
