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
  },
});
