/**
 * What the Journey and Stages tabs' controls do, as command runs (tests drive the same functions
 * as the forms). The commands decide the undo steps: typing merges per field; adding or removing
 * the persona or a list item is its own step.
 */
import type { PersonaListKey } from '../../shared/edit/personaEdits';
import type { PersonaEdit } from '../commands/journeyFields';
import type { Run } from '../commands/registry';

export function journeyActions(run: Run) {
  const persona = (change: PersonaEdit) => void run('edit-persona', change);
  return {
    setTitle: (text: string) => void run('set-journey-field', { field: 'title', text }),
    setDescription: (text: string) => void run('set-journey-field', { field: 'description', text }),
    addPersona: () => persona({ op: 'add' }),
    removePersona: () => persona({ op: 'remove' }),
    setPersonaName: (text: string) => persona({ op: 'set', field: 'name', text }),
    setPersonaDescription: (text: string) => persona({ op: 'set', field: 'description', text }),
    addPersonaItem: (list: PersonaListKey) => persona({ op: 'add-item', list }),
    setPersonaItem: (list: PersonaListKey, index: number, text: string) =>
      persona({ op: 'set-item', list, index, text }),
    removePersonaItem: (list: PersonaListKey, index: number) => persona({ op: 'remove-item', list, index }),
    setStageField: (stageId: string, field: 'name' | 'description' | 'customerGoal', text: string) =>
      void run('set-stage-field', { stageId, field, text }),
  };
}

export type JourneyActions = ReturnType<typeof journeyActions>;
