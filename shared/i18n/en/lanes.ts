/** Lanes (the map's rows), their kinds and the steps in them. */
export const lanes = {
  lanes: {
    kind: {
      touchpoints: 'Touchpoints',
      actions: 'Customer actions',
      thoughts: 'Thoughts and quotes',
      frontstage: 'Frontstage',
      backstage: 'Backstage',
      support: 'Support processes',
      evidence: 'Physical evidence',
      notes: 'Notes',
    },
  },
} as const;
