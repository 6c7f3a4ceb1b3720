/** Compare mode: comparing the map with another version, and restoring the last save's backup. */
export const compare = {
  compare: {
    command: {
      compareWith: 'Compare with…',
      restorePrevious: 'Restore previous version…',
      leave: 'Leave compare',
      restore: 'Restore this version',
    },
    menu: {
      compareWith: 'Compare With…',
      restorePrevious: 'Restore Previous Version…',
    },
    choose: {
      title: 'Compare with…',
      body: 'Which version should the map be compared with?',
      file: 'Another file…',
      disk: 'The file as it is on disk',
      backup: 'The backup of the last save',
    },
    status: {
      comparing: 'Comparing with {{name}}',
      restored: 'Restored {{name}}: Undo brings back what you had; Save keeps it',
    },
    panel: {
      label: 'Changes',
      title: 'Changes from {{name}}',
      summary: '{{added}} added, {{removed}} removed, {{changed}} changed',
      explain:
        'The map shows this version: added cards have a green outline and +, changed ones an orange outline and ~, removed ones are drawn faded where they were. You can keep editing; the list follows.',
      none: 'No changes: the two are the same journey.',
      list: 'Every change',
      select: 'Select its card',
    },
    report: {
      title: 'KPI and emotion changes',
      emotion: 'Average emotion per persona',
      kpi: 'KPIs',
      persona: 'Persona',
      metric: 'KPI',
      before: 'Before',
      after: 'Now',
      none: '—',
      values: 'baseline {{baseline}}, current {{current}}, target {{target}}',
      noEmotionChange: 'No persona’s average emotion changed.',
      noKpiChange: 'No KPI changed.',
    },
    canvas: {
      added: 'Added in this version',
      changed: 'Changed in this version',
      removed: 'Removed: {{title}}',
    },
  },
} as const;
