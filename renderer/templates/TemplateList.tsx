import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '../../shared/templates';
import { mapLabels } from '../export/mapLabels';
import { useResolvedTheme } from '../settings/theme';
import { templateLanguage } from '../commands/startFromTemplate';
import { templateThumbnail } from './thumbnails';
import './templates.css';

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
  const labels = useMemo(() => mapLabels(t), [t]);
  const templates = includeBlank ? TEMPLATES : TEMPLATES.filter((template) => template.id !== 'blank');
  return (
    <ul className="template-list" aria-label={t('newFromTemplate.list')}>
      {templates.map((template) => {
        const name = template.name[lang];
        const descriptionId = `template-${template.id}-description`;
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
              <img
                className="template-tile__preview"
                src={templateThumbnail(template, lang, theme, labels)}
                alt={t('newFromTemplate.preview', { name })}
              />
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
