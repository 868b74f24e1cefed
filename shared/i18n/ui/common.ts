import { namespace } from '../catalog';

/** Buttons and messages many screens share (namespace `ui.common`). */
export const common = namespace({
  sv: {
    cancel: 'Avbryt',
    close: 'Stäng',
    delete: 'Ta bort',
    edit: 'Redigera',
    remove: 'Ta bort',
    save: 'Spara',
    actions: 'Åtgärder',
    loading: 'Läser in…',
    notFound: 'Det du letar efter finns inte längre. Välj en utvärdering i listan.',
    actionFailed: 'Det gick inte: {{detail}}. Inget har ändrats; försök igen.',
    datePlaceholder: 'ÅÅÅÅ-MM-DD',
    dateCalendar: 'Välj i kalendern',
    dateHint: 'Skriv datumet med året först: ÅÅÅÅ-MM-DD.',
  },
  en: {
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    remove: 'Remove',
    save: 'Save',
    actions: 'Actions',
    loading: 'Loading…',
    notFound: 'What you are looking for no longer exists. Choose an evaluation from the list.',
    actionFailed: 'That did not work: {{detail}}. Nothing was changed; please try again.',
    datePlaceholder: 'YYYY-MM-DD',
    dateCalendar: 'Choose from the calendar',
    dateHint: 'Write the date with the year first: YYYY-MM-DD.',
  },
});
