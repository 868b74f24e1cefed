import { namespace } from './catalog';

/**
 * Why an evaluation file (.sparbar) cannot be opened, a message per error code of
 * shared/exchange/evaluationFile/fileError.ts (namespace `evaluationFile`). Each says that nothing was
 * opened, and what to do.
 */
export const evaluationFile = namespace({
  sv: {
    encrypted: 'Utvärderingsfilen är krypterad: en lösenfras behövs för att öppna den.',
    notZip: 'Filen är ingen utvärderingsfil från Spårbar (den går inte att packa upp). Välj en .sparbar-fil. Inget har öppnats.',
    damaged: 'Utvärderingsfilen är skadad ({{detail}}). Öppna en säkerhetskopia eller be om en ny kopia. Inget har öppnats.',
    notSparbar: 'Filen är ingen utvärderingsfil från Spårbar (den saknar manifest). Välj en .sparbar-fil. Inget har öppnats.',
    manifestMalformed: 'Utvärderingsfilens manifest är felaktigt ({{detail}}). Öppna en säkerhetskopia eller be om en ny kopia. Inget har öppnats.',
    newerFormat: 'Utvärderingsfilen har filformat {{fileVersion}}, men den här versionen av Spårbar läser format {{appVersion}}. Uppdatera Spårbar och försök igen.',
    newerSchema: 'Utvärderingsfilen sparades av en nyare Spårbar (schemaversion {{fileVersion}}; den här versionen känner till {{appVersion}}). Uppdatera Spårbar och försök igen.',
    entryMissing: 'Utvärderingsfilen saknar {{entry}}. Öppna en säkerhetskopia eller be om en ny kopia. Inget har öppnats.',
    hashMismatch: 'Innehållet i {{entry}} stämmer inte med utvärderingsfilens kontrollsumma: filen är skadad eller ändrad. Öppna en säkerhetskopia. Inget har öppnats.',
    invalidRecord: 'En post i utvärderingsfilen är felaktig (tabell {{table}}, id {{id}}: {{problem}}). Öppna en säkerhetskopia eller be om en ny kopia. Inget har öppnats.',
  },
  en: {
    encrypted: 'The evaluation file is encrypted: a passphrase is needed to open it.',
    notZip: 'The file is not a Spårbar evaluation file (it cannot be unpacked). Choose a .sparbar file. Nothing was opened.',
    damaged: 'The evaluation file is damaged ({{detail}}). Open a backup or ask for a new copy. Nothing was opened.',
    notSparbar: 'The file is not a Spårbar evaluation file (it has no manifest). Choose a .sparbar file. Nothing was opened.',
    manifestMalformed: "The evaluation file's manifest is malformed ({{detail}}). Open a backup or ask for a new copy. Nothing was opened.",
    newerFormat: 'The evaluation file has file format {{fileVersion}}, but this version of Spårbar reads format {{appVersion}}. Update Spårbar and try again.',
    newerSchema: 'The evaluation file was saved by a newer Spårbar (schema version {{fileVersion}}; this version knows {{appVersion}}). Update Spårbar and try again.',
    entryMissing: 'The evaluation file lacks {{entry}}. Open a backup or ask for a new copy. Nothing was opened.',
    hashMismatch: "The content of {{entry}} does not match the evaluation file's checksum: the file is damaged or altered. Open a backup. Nothing was opened.",
    invalidRecord: 'A record in the evaluation file is invalid (table {{table}}, id {{id}}: {{problem}}). Open a backup or ask for a new copy. Nothing was opened.',
  },
});
