/**
 * What the view shows under the lanes besides the curves: the personas the legend hides, the
 * theme the curves' default colours are for, and the pain-point and opportunity bands in the UI
 * language. One object per change of any of them, so the map's nodes are rebuilt only then.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MORE_NOTES_SLOT } from '../../shared/render/labels';
import { useView } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import type { BandNodeOptions } from './bandNodes';

export function useBandOptions(): Omit<BandNodeOptions, 'curves'> {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const hidden = useView((s) => s.hiddenPersonas);
  const painBand = useView((s) => s.painBand);
  const opportunityBand = useView((s) => s.opportunityBand);
  return useMemo(() => {
    const moreTemplate = t('personas.band.more', { n: MORE_NOTES_SLOT });
    return {
      hiddenPersonas: new Set(hidden),
      theme,
      painPoints: painBand
        ? { title: t('personas.band.painPoints'), label: t('personas.band.painPointsAria'), moreTemplate }
        : null,
      opportunities: opportunityBand
        ? { title: t('personas.band.opportunities'), label: t('personas.band.opportunitiesAria'), moreTemplate }
        : null,
    };
  }, [t, theme, hidden, painBand, opportunityBand]);
}
