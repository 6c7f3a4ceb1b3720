/**
 * Several personas (docs/format.md: up to 8, the first the primary one): add, edit, reorder,
 * make primary and delete, each through the dispatcher and undoable. Typing into one field of
 * one persona merges into one undo step; every other change is its own step.
 */
import {
  appendPersona,
  canAddPersona,
  changePersonaList,
  deletePersona as deletePersonaEdit,
  movePersona as movePersonaEdit,
  ratingCount,
  updatePersonaFields,
  type PersonaFieldPatch,
  type PersonaListChange,
} from '../../shared/edit/personaListEdits';
import { MAX_PERSONAS } from '../../shared/model/v2/schema';
import { STEP, defineCommand, defineTargetedCommand, edit, typing } from './define';
import type { CommandOutcome, HistoryIntent } from './types';
import type { Journey } from '../../shared/model';

/** The edit as a change, or false when it changed nothing (an unknown persona, a refused colour). */
function changed(before: Journey, after: Journey, history: HistoryIntent = STEP): CommandOutcome {
  return after === before ? false : edit(after, history);
}

/** Adds a persona at the end, named "Persona N" in the UI language; the ninth is refused with a notice. */
export const addPersona = defineCommand({
  id: 'add-persona',
  labelKey: 'personas.add',
  perform(ctx) {
    const { journey } = ctx;
    if (!canAddPersona(journey)) {
      ctx.notify('error', ctx.t('personas.limit', { max: MAX_PERSONAS }));
      return false;
    }
    const added = appendPersona(journey, {
      name: ctx.t('personas.defaultName', { number: journey.personas.length + 1 }),
    });
    return added ? edit(added.journey) : false;
  },
});

/** A persona's name, description or curve colour (an empty description or no colour leaves the file). */
export const setPersonaFields = defineTargetedCommand({
  id: 'set-persona-fields',
  perform(ctx, { personaId, patch }: { personaId: string; patch: PersonaFieldPatch }) {
    // Typing a name or description, or dragging through the colour picker, is one step per field;
    // going back to the automatic colour is a step of its own.
    const keys = Object.keys(patch);
    const typed = keys.length === 1 && (keys[0] !== 'color' || patch.color !== undefined) ? keys[0]! : null;
    return changed(
      ctx.journey,
      updatePersonaFields(ctx.journey, personaId, patch),
      typed ? typing(typed, personaId) : STEP,
    );
  },
});

/** A persona's goals, needs or expectations: adding and removing an item are steps, typing in one merges. */
export const editPersonaList = defineTargetedCommand({
  id: 'edit-persona-list',
  perform(ctx, { personaId, change }: { personaId: string; change: PersonaListChange }) {
    const history = change.op === 'set-item' ? typing(`${change.list}.${change.index}`, personaId) : STEP;
    return changed(ctx.journey, changePersonaList(ctx.journey, personaId, change), history);
  },
});

/** Moves a persona in the list; to index 0 makes it the primary persona. */
export const movePersona = defineTargetedCommand({
  id: 'move-persona',
  perform: (ctx, { personaId, toIndex }: { personaId: string; toIndex: number }) =>
    changed(ctx.journey, movePersonaEdit(ctx.journey, personaId, toIndex)),
});

/** Deletes a persona and its ratings, after asking (the question says how many ratings go with it). */
export const deletePersona = defineTargetedCommand({
  id: 'delete-persona',
  async perform(ctx, { personaId }: { personaId: string }): Promise<CommandOutcome> {
    const persona = ctx.journey.personas.find((p) => p.id === personaId);
    if (!persona) return false;
    const name = persona.name.trim() || ctx.t('personas.unnamed');
    const count = ratingCount(ctx.journey, personaId);
    const answer = await ctx.choices.choose(
      ctx.t('personas.deleteTitle', { name }),
      count === 0 ? ctx.t('personas.deleteBodyNone') : ctx.t('personas.deleteBody', { count }),
      [{ id: 'delete', label: ctx.t('personas.deleteConfirm'), danger: true }],
    );
    if (answer !== 'delete') return false;
    // Applied to the document as it is once the user has answered.
    return edit((current) => deletePersonaEdit(current, personaId));
  },
});
