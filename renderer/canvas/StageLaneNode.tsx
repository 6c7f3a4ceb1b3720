import { memo, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { STAGE_COLORS, laneFill } from '../../shared/layout/tokens';
import { useEditor, useRun } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import type { StageLaneNodeType } from './flowTypes';

/** A stage drawn as a swimlane column: a header to rename, recolour, reorder or delete it; a body for its cards. */
export const StageLaneNode = memo(function StageLaneNode({ data }: NodeProps<StageLaneNodeType>) {
  const { t } = useTranslation();
  const { stage, index, width, height } = data;
  const { view } = useEditor();
  const run = useRun('canvas');
  const [editing, setEditing] = useState(false);
  const [picking, setPicking] = useState(false);
  const theme = useResolvedTheme();
  const target = { stageId: stage.id };
  const recolor = (color: string | null) => {
    void run('recolor-stage', { ...target, color });
    setPicking(false);
  };
  const rename = (text: string) => void run('set-stage-field', { ...target, field: 'name', text });

  return (
    <section
      className="stage-lane"
      style={{ width, height, background: laneFill(stage.color, index, theme) }}
      onPointerDown={() => view.getState().set({ activeStageId: stage.id })}
    >
      <header className="stage-lane__header">
        <span className="stage-lane__grip" title={t('command.reorder-stage')} aria-hidden="true">
          ⠿
        </span>
        <span className="stage-lane__index">{index + 1}</span>
        {editing ? (
          <input
            className="stage-lane__name-input nodrag"
            aria-label={t('stage.rename')}
            autoFocus
            value={stage.name}
            onChange={(e) => rename(e.target.value)}
            onBlur={() => setEditing(false)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && setEditing(false)}
          />
        ) : (
          <button
            type="button"
            className="stage-lane__name nodrag"
            aria-label={t('stage.rename') + ': ' + stage.name}
            onDoubleClick={() => setEditing(true)}
            onKeyDown={(e) => e.key === 'Enter' && setEditing(true)}
          >
            {stage.name || '—'}
          </button>
        )}
        <span className="stage-lane__tools nodrag">
          <button
            type="button"
            className="icon-button"
            aria-label={t('stage.color')}
            aria-expanded={picking}
            onClick={() => setPicking((p) => !p)}
          >
            ●
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('stage.moveLeft')}
            disabled={index === 0}
            onClick={() => void run('move-stage-left', target)}
          >
            ‹
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('stage.moveRight')}
            onClick={() => void run('move-stage-right', target)}
          >
            ›
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('stage.delete')}
            onClick={() => void run('delete-stage', target)}
          >
            ✕
          </button>
        </span>
      </header>
      {picking && (
        <div className="stage-lane__swatches nodrag" role="group" aria-label={t('stage.color')}>
          {STAGE_COLORS.map((color, number) => (
            <button
              key={color}
              type="button"
              className="swatch"
              style={{ background: laneFill(color, index, theme) }}
              aria-label={t('stage.swatch', { number: number + 1 })}
              aria-pressed={stage.color === color}
              onClick={() => recolor(color)}
            />
          ))}
          <button
            type="button"
            className="swatch swatch--default"
            aria-label={t('stage.defaultColor')}
            onClick={() => recolor(null)}
          >
            ↺
          </button>
        </div>
      )}
    </section>
  );
});
