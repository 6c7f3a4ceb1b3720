/** The Journey and Stages tabs, the toolbar's title and a lane's name: the journey's own texts. */
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
import type { Journey } from '../../shared/model';
import { STEP, defineTargetedCommand, edit, typing } from './define';

/** Optional text fields leave the file when emptied. */
const optional = (text: string) => (text === '' ? undefined : text);

/** The journey's title (toolbar or Journey tab: one value, one typing group) or description. */
export const setJourneyField = defineTargetedCommand({
  id: 'set-journey-field',
  perform: (ctx, { field, text }: { field: 'title' | 'description'; text: string }) =>
    edit(
      setJourneyFields(ctx.journey, field === 'title' ? { title: text } : { description: optional(text) }),
      typing(field, 'journey'),
    ),
});

/** A stage's name (its lane header or the Stages tab), description or customer goal. */
export const setStageField = defineTargetedCommand({
  id: 'set-stage-field',
  perform(
    ctx,
    { stageId, field, text }: { stageId: string; field: 'name' | 'description' | 'customerGoal'; text: string },
  ) {
    const stage = ctx.journey.stages.find((s) => s.id === stageId);
    const value = field === 'name' ? text : optional(text);
    if (!stage || stage[field] === value) return false;
    return edit(updateStage(ctx.journey, stageId, { [field]: value }), typing(field, stageId));
  },
});

/** What can be done to the persona: create or remove it, type its name and description, edit its lists. */
export type PersonaEdit =
  | { op: 'add' }
  | { op: 'remove' }
  | { op: 'set'; field: 'name' | 'description'; text: string }
  | { op: 'add-item'; list: PersonaListKey }
  | { op: 'set-item'; list: PersonaListKey; index: number; text: string }
  | { op: 'remove-item'; list: PersonaListKey; index: number };

function personaEdit(journey: Journey, change: PersonaEdit): Journey {
  switch (change.op) {
    case 'add':
      return addPersona(journey);
    case 'remove':
      return removePersona(journey);
    case 'set':
      return updatePersona(journey, { [change.field]: change.text });
    case 'add-item':
      return addPersonaItem(journey, change.list);
    case 'set-item':
      return updatePersonaItem(journey, change.list, change.index, change.text);
    case 'remove-item':
      return removePersonaItem(journey, change.list, change.index);
  }
}

/** Every persona edit but typing is its own undo step; typing merges per field or list item. */
export const editPersona = defineTargetedCommand({
  id: 'edit-persona',
  perform(ctx, change: PersonaEdit) {
    const history =
      change.op === 'set'
        ? typing(change.field, 'persona')
        : change.op === 'set-item'
          ? typing(`${change.list}.${change.index}`, 'persona')
          : STEP;
    return edit(personaEdit(ctx.journey, change), history);
  },
});
