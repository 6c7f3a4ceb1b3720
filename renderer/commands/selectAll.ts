import type { Command } from './types';

export const selectAll: Command = {
  id: 'select-all',
  labelKey: 'command.select-all',
  keys: ['mod+a'],
  history: 'never',
  perform(ctx) {
    const { journey, setSelection } = ctx.store.getState();
    setSelection(journey.touchpoints.map((t) => t.id));
  },
};
