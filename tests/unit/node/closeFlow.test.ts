/**
 * The close/quit flow (electron/node/closeGuard.ts) as a state machine: every transition, the
 * paths a user takes, and, over random event sequences, the promises it keeps: a window with
 * unsaved changes and a live page never closes without the renderer's yes, a question is never
 * asked twice at once, and only a yes to a quit that was not cancelled quits the app.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CloseGuard,
  INITIAL_CLOSE_STATE,
  closeTransition,
  type CloseEvent,
  type CloseState,
} from '../../../electron/node/closeGuard';

const state = (phase: CloseState['phase'], dirty: boolean, quitting = false): CloseState => ({
  phase,
  dirty,
  quitting,
});
const attempt = (rendererAlive = true): CloseEvent => ({ type: 'close-attempt', rendererAlive });
const answer = (mayClose: boolean): CloseEvent => ({ type: 'answer', mayClose });

describe('closeTransition', () => {
  it.each<[string, CloseState, CloseEvent, CloseState, string]>([
    ['a clean window closes at once', state('open', false), attempt(), state('open', false), 'close'],
    ['unsaved changes: ask', state('open', true), attempt(), state('asking', true), 'ask'],
    ['a second close while asking waits', state('asking', true), attempt(), state('asking', true), 'wait'],
    ['a crashed page is not asked', state('open', true), attempt(false), state('open', true), 'close'],
    ['a page that crashed while asking lets go', state('asking', true), attempt(false), state('asking', true), 'close'],
    ['yes closes', state('asking', true), answer(true), state('approved', true), 'close'],
    ['yes to a quit quits', state('asking', true, true), answer(true), state('approved', true, true), 'quit'],
    ['no stays', state('asking', true), answer(false), state('open', true), 'stay'],
    ['no to a quit cancels the quit', state('asking', true, true), answer(false), state('open', true, false), 'stay'],
    ['an answer nobody asked for', state('open', true), answer(true), state('open', true), 'stay'],
    ['a late answer after approval', state('approved', true), answer(false), state('approved', true), 'stay'],
    ['approved: the close goes through', state('approved', true), attempt(), state('approved', true), 'close'],
    [
      'quit during the question',
      state('asking', true),
      { type: 'quit-requested' },
      state('asking', true, true),
      'none',
    ],
    ['quit first', state('open', true), { type: 'quit-requested' }, state('open', true, true), 'none'],
    ['the page reports changes', state('open', false), { type: 'dirty', dirty: true }, state('open', true), 'none'],
    [
      'a reload drops the question',
      state('asking', true, true),
      { type: 'page-reset' },
      state('open', false, true),
      'none',
    ],
    ['a reload keeps an approval', state('approved', true), { type: 'page-reset' }, state('approved', false), 'none'],
  ])('%s', (_name, before, event, after, effect) => {
    expect(closeTransition(before, event)).toEqual({ state: after, effect });
  });

  it('starts open and clean, not quitting', () => {
    expect(INITIAL_CLOSE_STATE).toEqual(state('open', false, false));
    expect(new CloseGuard().state).toEqual(INITIAL_CLOSE_STATE);
  });
});

describe('the paths a user takes', () => {
  it('edit, close, Cancel, close again, Save: closes', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onAnswer(false)).toBe('stay');
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onAnswer(true)).toBe('close');
    expect(guard.onCloseAttempt(true)).toBe('close');
  });

  it('Quit with changes, then Cancel: the app stays; a later window close asks and only closes', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.quitRequested();
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onAnswer(false)).toBe('stay');
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onAnswer(true)).toBe('close');
  });

  it('close, then Quit while the question is open, then Save: quits', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onCloseAttempt(true)).toBe('ask');
    guard.quitRequested();
    expect(guard.onCloseAttempt(true)).toBe('wait');
    expect(guard.onAnswer(true)).toBe('quit');
    expect(guard.onCloseAttempt(true)).toBe('close');
  });

  it('saved after the edit: no question', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.setDirty(false);
    expect(guard.onCloseAttempt(true)).toBe('close');
  });

  it('the page reloads while asking: the answer of the old page is ignored, the new page is asked', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onCloseAttempt(true)).toBe('ask');
    guard.reset();
    expect(guard.onAnswer(true)).toBe('stay');
    guard.setDirty(true);
    expect(guard.onCloseAttempt(true)).toBe('ask');
  });
});

describe('over random event sequences', () => {
  const event: fc.Arbitrary<CloseEvent> = fc.oneof(
    fc.boolean().map((dirty): CloseEvent => ({ type: 'dirty', dirty })),
    fc.constant<CloseEvent>({ type: 'quit-requested' }),
    fc.boolean().map((alive) => attempt(alive)),
    fc.boolean().map((mayClose) => answer(mayClose)),
    fc.constant<CloseEvent>({ type: 'page-reset' }),
  );

  it('keeps its promises', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let current = INITIAL_CLOSE_STATE;
        let questionOpen = false;
        let yesGiven = false;
        let quitStanding = false;
        for (const e of events) {
          const { state: next, effect } = closeTransition(current, e);
          if (e.type === 'close-attempt' && effect === 'close' && current.dirty && e.rendererAlive)
            expect(yesGiven, 'closed a dirty live window without a yes').toBe(true);
          if (effect === 'ask') {
            expect(questionOpen, 'asked twice at once').toBe(false);
            questionOpen = true;
          }
          if (effect === 'quit') expect(quitStanding, 'quit without a standing quit request').toBe(true);
          if (e.type === 'quit-requested') quitStanding = true;
          if (e.type === 'answer' && questionOpen) {
            questionOpen = false;
            if (e.mayClose) yesGiven = true;
            else quitStanding = false;
          }
          if (e.type === 'page-reset') questionOpen = false;
          current = next;
        }
      }),
      { seed: 20250601, numRuns: 2000 },
    );
  });
});
