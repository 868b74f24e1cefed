import { namespace } from '../catalog';

/** Why the database could not be opened, a title and body per problem (namespace `ui.dbError`). */
export const dbError = namespace({
  sv: {
    retry: 'Försök igen',
    blocked: {
      title: 'Databasen används av ett annat fönster',
      body: 'Ett annat fönster med en äldre version av Spårbar håller databasen öppen. Stäng de andra fönstren och försök igen.',
    },
    newerVersion: {
      title: 'Databasen är från en nyare version',
      body: 'Dina data har sparats av en nyare version av Spårbar. Installera den nyaste versionen; inget har ändrats.',
    },
    quota: {
      title: 'Diskutrymmet räcker inte',
      body: 'Det finns inte tillräckligt med ledigt utrymme för Spårbars databas. Frigör utrymme på disken och försök igen.',
    },
    unavailable: {
      title: 'Lokal lagring är inte tillgänglig',
      body: 'Webbläsaren tillåter inte lokal lagring (till exempel i privat läge). Öppna Spårbar i ett vanligt fönster.',
    },
    unknown: {
      title: 'Databasen kunde inte öppnas',
      body: 'Något oväntat hindrade Spårbar från att öppna databasen. Starta om programmet; inget har raderats.',
    },
    upgradedElsewhere: {
      title: 'Spårbar har uppdaterats i ett annat fönster',
      body: 'Databasen har uppgraderats av ett annat fönster. Läs in sidan igen för att fortsätta.',
    },
  },
  en: {
    retry: 'Try again',
    blocked: {
      title: 'The database is in use by another window',
      body: 'Another window with an older version of Spårbar keeps the database open. Close the other windows and try again.',
    },
    newerVersion: {
      title: 'The database is from a newer version',
      body: 'Your data was saved by a newer version of Spårbar. Install the newest version; nothing was changed.',
    },
    quota: {
      title: 'Not enough disk space',
      body: 'There is not enough free space for Spårbar’s database. Free some disk space and try again.',
    },
    unavailable: {
      title: 'Local storage is not available',
      body: 'The browser does not allow local storage (for example in private mode). Open Spårbar in a normal window.',
    },
    unknown: {
      title: 'The database could not be opened',
      body: 'Something unexpected kept Spårbar from opening its database. Restart the program; nothing was deleted.',
    },
    upgradedElsewhere: {
      title: 'Spårbar was updated in another window',
      body: 'The database was upgraded by another window. Reload the page to continue.',
    },
  },
});
