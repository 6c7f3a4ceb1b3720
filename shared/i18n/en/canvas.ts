/** The map canvas. */
export const canvas = {
  canvas: {
    label: 'Journey map',
    emptyTitle: 'Start your map',
    emptyBody: 'Add a stage for each phase of the customer’s journey, then add the touchpoints inside it.',
    stage: 'Stage {{name}}',
    touchpoint: 'Touchpoint {{title}}',
  },
} as const;
