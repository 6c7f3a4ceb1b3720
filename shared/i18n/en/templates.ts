/** New from template: the dialog, the start screen's tiles and its "open a sample" link. */
export const templates = {
  newFromTemplate: {
    title: 'New from template',
    intro: 'Pick a starting point. Everything in it can be changed; your new map is not saved until you save it.',
    list: 'Templates',
    preview: 'Preview of “{{name}}”',
    cancel: 'Cancel',
    created: 'New journey from the template “{{name}}”',
    openSample: 'Open a sample journey map',
  },
} as const;
