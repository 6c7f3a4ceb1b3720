/**
 * Template previews drawn by the static renderer (shared/render), in the UI language and theme,
 * as data: URLs for <img> (the CSP allows data: images; an <img> never runs scripts). Each is
 * built once per template, language and theme: opening the dialog again costs nothing.
 */
import type { MapLabels } from '../../shared/render';
import { renderJourneySvg } from '../../shared/render';
import type { JourneyTemplate, TemplateLang } from '../../shared/templates';
import { svgDataUrl } from '../report/svgImage';
import type { ResolvedTheme } from '../settings/theme';

const cache = new Map<string, string>();
/** A fixed date keeps the previews deterministic; it shows nowhere. */
const PREVIEW_DATE = new Date('2026-01-01T00:00:00Z');

export function templateThumbnail(
  template: JourneyTemplate,
  lang: TemplateLang,
  theme: ResolvedTheme,
  labels: MapLabels,
): string {
  const key = `${template.id}|${lang}|${theme}`;
  let url = cache.get(key);
  if (!url) {
    const journey = template.build({ lang, now: PREVIEW_DATE });
    const { svg } = renderJourneySvg(journey, {
      theme,
      labels,
      // Lanes, cards and the curve are what tell templates apart at this size.
      layers: { header: false, legend: false, emotionCurve: true },
      // Transparent: the tile's own background shows through, in either theme.
      background: null,
      idPrefix: `tpl-${template.id}`,
    });
    url = svgDataUrl(svg);
    cache.set(key, url);
  }
  return url;
}
