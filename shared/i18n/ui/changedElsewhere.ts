import { namespace } from '../catalog';

/** A form whose record was changed in another window while it was open (namespace `ui.changedElsewhere`). */
export const changedElsewhere = namespace({
  sv: {
    heading: 'Ändrat i ett annat fönster',
    field: 'Ändrad i ett annat fönster: {{field}} är nu {{value}}',
    mine: 'Du har skrivit: {{value}}',
    empty: '(tomt)',
    takeTheirs: 'Ta deras',
    takeTheirsLabel: 'Ta deras värde för {{field}}',
    keepMine: 'Behåll mitt',
    keepMineLabel: 'Behåll ditt värde för {{field}}',
    notSaved_one: 'Inte sparat: {{fields}} ändrades i ett annat fönster medan du skrev. Ta deras värde eller behåll ditt, och spara igen.',
    notSaved: 'Inte sparat: {{fields}} ändrades i ett annat fönster medan du skrev. Välj för varje fält om du tar deras värde eller behåller ditt, och spara igen.',
  },
  en: {
    heading: 'Changed in another window',
    field: 'Changed in another window: {{field}} is now {{value}}',
    mine: 'You typed: {{value}}',
    empty: '(empty)',
    takeTheirs: 'Take theirs',
    takeTheirsLabel: 'Take their value for {{field}}',
    keepMine: 'Keep mine',
    keepMineLabel: 'Keep your value for {{field}}',
    notSaved_one: 'Not saved: {{fields}} was changed in another window while you were typing. Take their value or keep yours, then save again.',
    notSaved: 'Not saved: {{fields}} were changed in another window while you were typing. For each field, take their value or keep yours, then save again.',
  },
});
