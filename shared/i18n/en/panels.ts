/** The side panels' frame (tabs) and the Journey and Stages tabs. */
export const panels = {
  panels: {
    label: 'Side panels',
    collapse: 'Hide the side panel',
    expand: 'Show the side panel',
    tabs: 'Panels',
    tab: { touchpoint: 'Touchpoint', journey: 'Journey', stages: 'Stages' },
  },
  journeyPanel: { title: 'Title', description: 'Description' },
  personaForm: {
    name: 'Name',
    description: 'Description',
    goals: {
      title: 'Goals',
      empty: 'No goals yet.',
      item: 'Goal {{number}}',
      add: 'Add goal',
      remove: 'Remove goal {{number}}',
    },
    needs: {
      title: 'Needs',
      empty: 'No needs yet.',
      item: 'Need {{number}}',
      add: 'Add need',
      remove: 'Remove need {{number}}',
    },
    expectations: {
      title: 'Expectations',
      empty: 'No expectations yet.',
      item: 'Expectation {{number}}',
      add: 'Add expectation',
      remove: 'Remove expectation {{number}}',
    },
  },
  stagesPanel: {
    none: 'No stages yet.',
    howToAdd: 'Use Add stage in the toolbar; each stage becomes a column on the map.',
    intro: 'Stages in journey order. Name each one and say what the customer wants from it.',
    item: 'Stage {{number}}',
    untitled: 'Stage {{number}}',
    touchpointCount_one: '{{count}} touchpoint',
    touchpointCount_other: '{{count}} touchpoints',
    name: 'Name',
    description: 'Description',
    customerGoal: 'Customer goal',
  },
} as const;
