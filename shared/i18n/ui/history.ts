import { namespace } from '../catalog';

/** Strings of undo and redo (namespace `ui.history`). */
export const history = namespace({
  sv: {
    undo: 'Ångra',
    redo: 'Gör om',
    undoNamed: 'Ångra: {{action}}',
    redoNamed: 'Gör om: {{action}}',
    undone: 'Ångrat: {{action}}. Tryck Ctrl+Skift+Z för att göra om.',
    redone: 'Gjort om: {{action}}.',
    undoneWhat: 'Ångrat: {{action}} – {{what}}. Tryck Ctrl+Skift+Z för att göra om.',
    redoneWhat: 'Gjort om: {{action}} – {{what}}.',
    nothingToUndo: 'Det finns inget att ångra i den här utvärderingen.',
    nothingToRedo: 'Det finns inget att göra om.',
    stale: 'Steget kan inte ångras eftersom samma citat eller koder har ändrats sedan dess (kanske i ett annat fönster). Inget har ändrats.',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    undoNamed: 'Undo: {{action}}',
    redoNamed: 'Redo: {{action}}',
    undone: 'Undone: {{action}}. Press Ctrl+Shift+Z to redo.',
    redone: 'Redone: {{action}}.',
    undoneWhat: 'Undone: {{action}} – {{what}}. Press Ctrl+Shift+Z to redo.',
    redoneWhat: 'Redone: {{action}} – {{what}}.',
    nothingToUndo: 'There is nothing to undo in this evaluation.',
    nothingToRedo: 'There is nothing to redo.',
    stale: 'The step cannot be undone because the same quotes or codes have changed since (perhaps in another window). Nothing has changed.',
  },
});
