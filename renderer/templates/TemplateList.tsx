import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TEMPLATE_LIST } from '../../shared/templates/catalogue';
import { useResolvedTheme, type ResolvedTheme } from '../settings/theme';
import { templateLanguage } from '../commands/startFromTemplate';
import type { TemplateLang } from '../../shared/templates/types';
import './templates.css';

/**
 * The previews, once the template files and the renderer have loaded (a chunk of their own,
 * fetched after the first paint): null until then, and again while another language or theme
 * is being drawn, so a tile never shows a preview in the wrong language.
 */
function useTemplatePreviews(
  lang: TemplateLang,
  theme: ResolvedTheme,
  t: TFunction,
): ReadonlyMap<string, string> | null {
  const key = `${lang}|${theme}`;
  const [drawn, setDrawn] = useState<{ key: string; urls: ReadonlyMap<string, string> } | null>(null);
  useEffect(() => {
    let live = true;
    import('./thumbnails')
      .then(({ templateThumbnails }) => {
        if (live) setDrawn({ key, urls: templateThumbnails(lang, theme, t) });
      })
      // Without previews the tiles still name and describe each template, and still work.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, lang, theme, t]);
  return drawn?.key === key ? drawn.urls : null;
}

/**
 * Templates as tiles: a preview, the name and a one-line description, all in the UI language.
 * Used by the New from template dialog and the start screen; choosing a tile calls onChoose.
 */
export function TemplateList({
  onChoose,
  includeBlank = true,
}: {
  onChoose(id: string): void;
  includeBlank?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const theme = useResolvedTheme();
  const lang = templateLanguage(i18n.language);
  const previews = useTemplatePreviews(lang, theme, t);
  const templates = includeBlank ? TEMPLATE_LIST : TEMPLATE_LIST.filter((template) => template.id !== 'blank');
  return (
    <ul className="template-list" aria-label={t('newFromTemplate.list')}>
      {templates.map((template) => {
        const name = template.name[lang];
        const descriptionId = `template-${template.id}-description`;
        const preview = previews?.get(template.id);
        return (
          <li key={template.id}>
            <button
              type="button"
              className="template-tile"
              aria-label={name}
              aria-describedby={descriptionId}
              data-template-id={template.id}
              onClick={() => onChoose(template.id)}
            >
              {preview ? (
                <img className="template-tile__preview" src={preview} alt={t('newFromTemplate.preview', { name })} />
              ) : (
                // The same box while the preview is drawn, so the tiles do not jump when it arrives.
                <span className="template-tile__preview" aria-hidden="true" />
              )}
              <span className="template-tile__name">{name}</span>
              <span className="template-tile__description" id={descriptionId}>
                {template.description[lang]}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
