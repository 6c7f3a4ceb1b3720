/** Import (File > Import…, `journey-studio import`): the names an import gives what the file leaves unnamed. */
export const importing = {
  importing: {
    defaultStage: 'Stage 1',
    defaultLane: 'Touchpoints',
    defaultPersona: 'Customer',
  },
} as const;
