/**
 * The legend of the personas' emotion curves, over the map's top-right corner so it reads at
 * any zoom: each persona's line sample (colour and pattern) and name, with a checkbox to show
 * or hide its curve. What it hides is view state for this session, never the file. Shown only
 * with two or more personas and the curves on; with one persona the map looks as it always did.
 */
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { personaLineStyles } from '../../shared/layout/personaCurves';
import { useDocument, useEditor, useView } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import '../styles/personas.css';

export function CurveLegend() {
  const { t } = useTranslation();
  const { view } = useEditor();
  const personas = useDocument((s) => s.journey.personas);
  const hidden = useView((s) => s.hiddenPersonas);
  const shown = useView((s) => s.emotionCurve);
  const theme = useResolvedTheme();
  if (!shown || personas.length < 2) return null;
  const toggle = (personaId: string, show: boolean) => {
    const rest = view.getState().hiddenPersonas.filter((id) => id !== personaId);
    view.getState().set({ hiddenPersonas: show ? rest : [...rest, personaId] });
  };
  return (
    <Panel position="top-right" className="curve-legend" aria-label={t('personas.legend')}>
      <p className="curve-legend__title" aria-hidden="true">
        {t('personas.legend')}
      </p>
      <ul className="curve-legend__list">
        {personaLineStyles(personas, theme).map((style) => {
          const name = style.name.trim() || t('personas.unnamed');
          return (
            <li key={style.personaId} className="curve-legend__item">
              <label>
                <input
                  type="checkbox"
                  checked={!hidden.includes(style.personaId)}
                  aria-label={t('personas.showCurve', { name })}
                  onChange={(e) => toggle(style.personaId, e.target.checked)}
                />
                <svg className="curve-legend__line" width="28" height="10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="27"
                    y2="5"
                    stroke={style.color}
                    strokeWidth="3"
                    strokeDasharray={style.dash || undefined}
                  />
                </svg>
                <span className="curve-legend__name">{name}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
