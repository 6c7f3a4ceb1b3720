/**
 * What the Journey tab's persona controls do to one persona, as command runs (the tests drive
 * the same functions as the form). The commands decide the undo steps (personaCommands.ts).
 */
import type { PersonaListKey } from '../../shared/edit/personaEdits';
import type { Run } from '../commands/registry';

export function personaActions(run: Run, personaId: string) {
  return {
    setName: (name: string) => void run('set-persona-fields', { personaId, patch: { name } }),
    setDescription: (description: string) => void run('set-persona-fields', { personaId, patch: { description } }),
    /** undefined: the palette's colour for the persona's place in the list. */
    setColor: (color: string | undefined) => void run('set-persona-fields', { personaId, patch: { color } }),
    addPersonaItem: (list: PersonaListKey) =>
      void run('edit-persona-list', { personaId, change: { op: 'add-item', list } }),
    setPersonaItem: (list: PersonaListKey, index: number, text: string) =>
      void run('edit-persona-list', { personaId, change: { op: 'set-item', list, index, text } }),
    removePersonaItem: (list: PersonaListKey, index: number) =>
      void run('edit-persona-list', { personaId, change: { op: 'remove-item', list, index } }),
    move: (toIndex: number) => run('move-persona', { personaId, toIndex }),
    remove: () => run('delete-persona', { personaId }),
  };
}

export type PersonaActions = ReturnType<typeof personaActions>;
/** What a persona's list editor (goals, needs, expectations) needs. */
export type PersonaListActions = Pick<PersonaActions, 'addPersonaItem' | 'setPersonaItem' | 'removePersonaItem'>;
