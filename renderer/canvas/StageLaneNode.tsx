import { memo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useReactFlow, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { SIZES, laneFill } from '../../shared/layout/tokens';
import { TOUCHPOINT_LANE_KIND } from '../../shared/model';
import { useEditor, useRun, useView } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import type { StageLaneNodeType } from './flowTypes';
import { StageActions } from './StageActions';
import { StageNameEditor } from './StageNameEditor';

const SNAP = 8;
const snap = (n: number) => Math.max(0, Math.round(n / SNAP) * SNAP);

/** The header's controls: one Tab stop for the header, arrow keys move between them. */
const ROVING = '[data-roving-item]';

function moveFocusInHeader(event: KeyboardEvent<HTMLElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ROVING)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length]?.focus();
}

/** Whether a pointer event happened on the lane's background, not on its header or menu. */
const onBackground = (event: { target: EventTarget }) => !(event.target as Element).closest('.stage-lane__header');

/**
 * A stage drawn as a swimlane column. Its header shows the whole name (wrapped, never cut) and a
 * "⋯" menu with the tools to recolour, move and delete it; the header is one Tab stop, the arrow
 * keys move between the name and the menu. A double-click in the lane's empty space adds a card there.
 */
export const StageLaneNode = memo(function StageLaneNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
}: NodeProps<StageLaneNodeType>) {
  const { t } = useTranslation();
  const { stage, index, width, height, rows } = data;
  const editor = useEditor();
  const { view } = editor;
  const run = useRun('canvas');
  const flow = useReactFlow();
  const renaming = useView((s) => s.renamingStageId === stage.id);
  const nameButton = useRef<HTMLButtonElement>(null);
  const theme = useResolvedTheme();
  const startRename = () => view.getState().set({ renamingStageId: stage.id });
  const endRename = (refocus: boolean) => {
    if (view.getState().renamingStageId === stage.id) view.getState().set({ renamingStageId: null });
    // Back to the name once the field is gone, unless something new took the focus meanwhile (S again).
    if (refocus)
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) nameButton.current?.focus();
      });
  };
  const addCardHere = (event: MouseEvent) => {
    if (!onBackground(event)) return;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    // The lane under the pointer: a touchpoint in a touchpoint lane, a step in any other.
    const row = rows.find((r) => point.y >= r.y && point.y < r.y + r.height);
    if (!row) return;
    const at = {
      x: snap(point.x - positionAbsoluteX - SIZES.cardWidth / 2),
      y: snap(point.y - (positionAbsoluteY + row.y) - SIZES.cardHeight / 2),
    };
    if (row.kind === TOUCHPOINT_LANE_KIND) void run('add-touchpoint', { stageId: stage.id, laneId: row.laneId, at });
    else void run('add-step', { stageId: stage.id, laneId: row.laneId, at });
  };

  return (
    <section
      className="stage-lane"
      style={{ width, height, background: laneFill(stage.color, index, theme) }}
      onPointerDown={(event) => {
        view.getState().set({ activeStageId: stage.id });
        // A click on the lane's background is a click beside the cards: it clears their selection.
        if (onBackground(event) && view.getState().selection.length > 0) editor.select([]);
      }}
      onDoubleClick={addCardHere}
    >
      <header className="stage-lane__header" data-roving onKeyDown={moveFocusInHeader}>
        <span className="stage-lane__grip" title={t('command.reorder-stage')} aria-hidden="true">
          ⠿
        </span>
        <span className="stage-lane__index">{index + 1}</span>
        {renaming ? (
          <StageNameEditor stageId={stage.id} name={stage.name} onDone={endRename} />
        ) : (
          <button
            ref={nameButton}
            type="button"
            className="stage-lane__name nodrag"
            data-roving-item
            aria-label={t('stage.rename') + ': ' + stage.name}
            title={stage.name}
            onDoubleClick={startRename}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === 'F2') && (e.preventDefault(), startRename())}
          >
            {stage.name || '—'}
          </button>
        )}
        <StageActions stageId={stage.id} index={index} color={stage.color} />
      </header>
    </section>
  );
});
