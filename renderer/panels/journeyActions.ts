/**
 * What the Journey and Stages panels can do to the document, as plain functions over the
 * store (tests drive the same functions as the forms). Typing merges per field; adding or
 * removing the persona or a list item is its own undo step.
 */
import { setJourneyFields, updateStage } from '../../shared/edit/journeyEdits';
import {
  addPersona,
  addPersonaItem,
  removePersona,
  removePersonaItem,
  updatePersona,
  updatePersonaItem,
  type PersonaListKey,
} from '../../shared/edit/personaEdits';
import type { EditorStoreLike } from '../inspector/touchpointActions';

/** Optional text fields leave the file when emptied. */
const optional = (text: string) => (text === '' ? undefined : text);

export function journeyActions(store: EditorStoreLike) {
  const apply = (edit: Parameters<ReturnType<EditorStoreLike['getState']>['applyEdit']>[0], mergeKey?: string) =>
    store.getState().applyEdit(edit, mergeKey === undefined ? undefined : { mergeKey });
  return {
    // Same merge key as the toolbar's title field: both edit one value.
    setTitle: (title: string) => apply((j) => setJourneyFields(j, { title }), 'journey:title'),
    setDescription: (text: string) =>
      apply((j) => setJourneyFields(j, { description: optional(text) }), 'journey:description'),
    addPersona: () => apply((j) => addPersona(j)),
    removePersona: () => apply((j) => removePersona(j)),
    setPersonaName: (name: string) => apply((j) => updatePersona(j, { name }), 'persona:name'),
    setPersonaDescription: (description: string) =>
      apply((j) => updatePersona(j, { description }), 'persona:description'),
    addPersonaItem: (list: PersonaListKey) => apply((j) => addPersonaItem(j, list)),
    setPersonaItem: (list: PersonaListKey, index: number, text: string) =>
      apply((j) => updatePersonaItem(j, list, index, text), `persona:${list}:${index}`),
    removePersonaItem: (list: PersonaListKey, index: number) => apply((j) => removePersonaItem(j, list, index)),
    setStageField: (stageId: string, field: 'name' | 'description' | 'customerGoal', text: string) =>
      apply((j) => {
        const stage = j.stages.find((s) => s.id === stageId);
        const value = field === 'name' ? text : optional(text);
        return stage && stage[field] !== value ? updateStage(j, stageId, { [field]: value }) : j;
      }, `stage:${stageId}:${field}`),
  };
}

export type JourneyActions = ReturnType<typeof journeyActions>;
