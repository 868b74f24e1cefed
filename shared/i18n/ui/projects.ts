import { namespace } from '../catalog';

/** The project register (namespace `ui.projects`). */
export const projects = namespace({
  sv: {
    heading: 'Projekt',
    caption: 'Projektregister',
    add: 'Lägg till projekt',
    addTitle: 'Lägg till projekt',
    addSubmit: 'Lägg till',
    added: 'Projektet ”{{name}}” är tillagt.',
    editTitle: 'Redigera projekt',
    editNamed: 'Redigera {{name}}',
    saved: 'Projektet ”{{name}}” är sparat.',
    empty: 'Projektregistret är tomt. Lägg till programmets projekt för att kunna importera deras rapporter.',
    deleteNamed: 'Ta bort {{name}}',
    deleteTitle: 'Ta bort projektet?',
    deleteMessage: 'Projektet ”{{name}}” tas bort med {{documents}} dokument och {{segments}} kodade citat. Det går inte att ångra.',
    deleteConfirm: 'Ta bort projektet',
    deleted: 'Projektet ”{{name}}” är borttaget.',
  },
  en: {
    heading: 'Projects',
    caption: 'Project register',
    add: 'Add project',
    addTitle: 'Add project',
    addSubmit: 'Add',
    added: 'The project “{{name}}” was added.',
    editTitle: 'Edit project',
    editNamed: 'Edit {{name}}',
    saved: 'The project “{{name}}” was saved.',
    empty: 'The project register is empty. Add the programme’s projects to import their reports.',
    deleteNamed: 'Delete {{name}}',
    deleteTitle: 'Delete the project?',
    deleteMessage: 'The project “{{name}}” will be deleted with {{documents}} documents and {{segments}} coded quotes. This cannot be undone.',
    deleteConfirm: 'Delete the project',
    deleted: 'The project “{{name}}” was deleted.',
  },
});
