/** The inspector and side panels. */
export const inspector = {
  inspector: {
    label: 'Inspector',
    nothingSelected: 'Select a touchpoint to edit it.',
    touchpoint: 'Touchpoint',
    title: 'Title',
    stage: 'Stage',
    channel: 'Channel',
    tier: 'Pyramid tier',
    painPoints: 'Pain points',
  },
} as const;
