/** Application shell: names, toolbar, status messages, commands. Owned by the lead. */
export const app = {
  app: { name: 'Journey Studio', untitled: 'Untitled journey', unsavedMark: 'Unsaved changes' },
  command: {
    'new-document': 'New journey',
    'open-document': 'Open…',
    'save-document': 'Save',
    'save-document-as': 'Save As…',
    'add-stage': 'Add stage',
    'add-touchpoint': 'Add touchpoint',
    'delete-selection': 'Delete',
    'select-all': 'Select all',
    undo: 'Undo',
    redo: 'Redo',
    'fit-view': 'Fit view',
    'zoom-in': 'Zoom in',
    'zoom-out': 'Zoom out',
    about: 'About Journey Studio',
  },
  toolbar: { label: 'Toolbar', journeyTitle: 'Journey title' },
  status: { saved: 'Saved {{name}}', opened: 'Opened {{name}}' },
} as const;
