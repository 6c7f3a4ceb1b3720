/**
 * The model's types are strict: a misspelt field or a wrong value is a compile error. The
 * `@ts-expect-error` lines are checked by `tsc` (npm run typecheck): if one of them stopped
 * being an error, tsc would fail on the unused directive.
 */
import { describe, expect, it } from 'vitest';
import { createPainPoint } from '../../../shared/edit/annotationDefaults';
import { updateStage } from '../../../shared/edit/journeyEdits';
import type { Patch } from '../../../shared/edit/patch';
import { updateAnnotation } from '../../../shared/edit/touchpointAnnotations';
import { editTouchpoint, type TouchpointFieldPatch } from '../../../shared/edit/touchpointFields';
import { createTouchpoint, type Stage, type Touchpoint } from '../../../shared/model';
import { sampleJourney } from '../../helpers/editFixtures';

describe('the model types', () => {
  it('refuse misspelt fields and wrong values at compile time', () => {
    const j = sampleJourney();
    // @ts-expect-error a misspelt stage field
    updateStage(j, 'stage-buy', { nmae: 'Pay' });
    // @ts-expect-error an emotion is a number from -2 to 2, not a word
    editTouchpoint(j, 'tp-a', { emotion: 'very happy' });
    // @ts-expect-error the id is not a field a patch can change
    editTouchpoint(j, 'tp-a', { id: 'tp-z' });
    // @ts-expect-error annotation lists have their own edits
    const lists: TouchpointFieldPatch = { painPoints: [] };
    // @ts-expect-error a misspelt pain point field
    updateAnnotation(j, 'tp-a', 'painPoints', 'p', { severty: 2 });
    // @ts-expect-error not an annotation list (and refused at run time too)
    const notAList = updateAnnotation(j, 'tp-a', 'notes', 'p', {});
    // @ts-expect-error a touchpoint has no field "colour"
    const card: Touchpoint = { ...createTouchpoint('stage-buy', 'lane-1'), colour: 'red' };
    // @ts-expect-error a tier outside the CX pyramid
    const tier: Touchpoint['tier'] = 'excitement';
    const stagePatch: Patch<Stage> = { name: 'Pay', color: '#aabbcc', customerGoal: undefined };
    expect(notAList).toBe(j);
    expect([lists, card, tier, stagePatch, createPainPoint({ id: 'kept' }).id]).toHaveLength(5);
  });
});
