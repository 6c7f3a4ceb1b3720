/** Modal dialogs about files. */
export const dialog = {
  dialog: {
    openFailedTitle: 'Could not open {{name}}',
    openFailedIntro: 'The file was not opened and nothing was changed. Problems found:',
    andMore: 'and {{count}} more',
    copyProblems: 'Copy all problems',
    copied: 'Copied',
    close: 'Close',
    saveFailedTitle: 'Could not save',
    saveChangesTitle: 'Save changes to “{{name}}”?',
    saveChangesBody: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    dontSave: 'Don’t Save',
    cancel: 'Cancel',
    problems: 'Problems',
    about:
      'Version {{version}}. A desktop editor for customer journey maps: stages, touchpoints, pain points, the CX pyramid and the emotion curve.',
    migrated: 'Opened a file from an older version (format {{version}}); saving will upgrade it.',
    migratedNotes_one:
      'Opened a file from an older version (format {{version}}); saving will upgrade it. The upgrade changed one thing: {{notes}}',
    migratedNotes_other:
      'Opened a file from an older version (format {{version}}); saving will upgrade it. The upgrade changed {{count}} things: {{notes}}',
  },
} as const;
