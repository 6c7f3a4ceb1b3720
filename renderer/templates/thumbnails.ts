/**
 * Template previews drawn by the static renderer (shared/render), in the UI language and theme,
 * as data: URLs for <img> (the CSP allows data: images; an <img> never runs scripts). Each is
 * built once per template, language and theme: opening the dialog again costs nothing. This
 * module, the template files and the renderer load on first need (TemplateList imports it
 * lazily), never with the window.
 */
import type { TFunction } from 'i18next';
import { renderJourneySvg } from '../../shared/render';
import { TEMPLATES, type JourneyTemplate, type TemplateLang } from '../../shared/templates';
import { mapLabels } from '../export/mapLabels';
import { svgDataUrl } from '../report/svgImage';
import type { ResolvedTheme } from '../settings/theme';

const cache = new Map<string, string>();
/** A fixed date keeps the previews deterministic; it shows nowhere. */
const PREVIEW_DATE = new Date('2026-01-01T00:00:00Z');

function templateThumbnail(
  template: JourneyTemplate,
  lang: TemplateLang,
  theme: ResolvedTheme,
  labels: ReturnType<typeof mapLabels>,
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

/** Every template's preview by id, the words of the map from `t` (the UI language). */
export function templateThumbnails(
  lang: TemplateLang,
  theme: ResolvedTheme,
  t: TFunction,
): ReadonlyMap<string, string> {
  const labels = mapLabels(t);
  return new Map(TEMPLATES.map((template) => [template.id, templateThumbnail(template, lang, theme, labels)]));
}
