/** Display names of the file format's catalogues (tiers, and later channels, KPIs, severities). */
export const catalogue = {
  tier: { utility: 'Utility', usability: 'Usability', delight: 'Delight' },
} as const;
