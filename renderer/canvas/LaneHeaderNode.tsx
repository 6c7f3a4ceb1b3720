import { memo, useState, type KeyboardEvent } from 'react';
import '../styles/lanes.css';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS, TOUCHPOINT_LANE_KIND, type LaneKind } from '../../shared/model';
import { useRun } from '../editor/EditorContext';
import type { LaneHeaderNodeType } from './flowTypes';

/** The header's controls: one Tab stop for the header, arrow keys move between them (as a stage's header). */
const ROVING = '[data-roving-item]';

function moveFocusInHeader(event: KeyboardEvent<HTMLElement>) {
  if ((event.target as HTMLElement).tagName === 'INPUT' || (event.target as HTMLElement).tagName === 'SELECT') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ROVING)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length]?.focus();
}

/**
 * A lane's header, left of the first stage: its name (double-click or Enter to rename), its
 * kind, Move up / Move down, Add step (lanes of steps) and Delete, each with an accessible name
 * naming the lane; the grip drags it up or down among the lanes. Every change is a command.
 */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneHeaderNodeType>) {
  const { t } = useTranslation();
  const run = useRun('canvas');
  const { lane, index, laneCount } = data;
  const [renaming, setRenaming] = useState(false);
  const name = lane.name.trim() || t(`lanes.kind.${lane.kind}`);
  const holdsSteps = lane.kind !== TOUCHPOINT_LANE_KIND;
  return (
    <section className={`lane-header lane-header--${lane.kind}`} aria-label={t('lanes.header', { name })}>
      <div className="lane-header__top" data-roving onKeyDown={moveFocusInHeader}>
        <span className="lane-header__grip" title={t('lanes.header', { name })} aria-hidden="true">
          ⠿
        </span>
        {renaming ? (
          <input
            className="lane-header__input nodrag"
            aria-label={t('lanes.name')}
            defaultValue={lane.name}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => void run('rename-lane', { laneId: lane.id, name: e.currentTarget.value })}
            onBlur={() => setRenaming(false)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === 'Escape') {
                e.preventDefault();
                setRenaming(false);
              }
              e.stopPropagation();
            }}
          />
        ) : (
          <button
            type="button"
            className="lane-header__name nodrag"
            data-roving-item
            title={name}
            aria-label={`${t('lanes.name')}: ${name}`}
            onDoubleClick={() => setRenaming(true)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === 'F2') && (e.preventDefault(), setRenaming(true))}
          >
            {name}
          </button>
        )}
      </div>
      <select
        className="lane-header__kind nodrag"
        aria-label={t('lanes.kindLabel', { name })}
        value={lane.kind}
        onChange={(e) => void run('set-lane-kind', { laneId: lane.id, kind: e.currentTarget.value as LaneKind })}
      >
        {LANE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`lanes.kind.${kind}`)}
          </option>
        ))}
      </select>
      <div className="lane-header__tools nodrag">
        <button
          type="button"
          className="icon-button"
          aria-label={t('lanes.moveUp', { name })}
          title={t('lanes.moveUp', { name })}
          disabled={index === 0}
          onClick={() => void run('move-lane', { laneId: lane.id, by: -1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('lanes.moveDown', { name })}
          title={t('lanes.moveDown', { name })}
          disabled={index === laneCount - 1}
          onClick={() => void run('move-lane', { laneId: lane.id, by: 1 })}
        >
          ↓
        </button>
        {holdsSteps && (
          <button
            type="button"
            className="icon-button"
            aria-label={`${t('command.add-step')}: ${name}`}
            title={t('command.add-step')}
            onClick={() => void run('add-step', { laneId: lane.id })}
          >
            +
          </button>
        )}
        <button
          type="button"
          className="icon-button danger-button"
          aria-label={t('lanes.delete', { name })}
          title={t('lanes.delete', { name })}
          onClick={() => void run('delete-lane', { laneId: lane.id })}
        >
          ×
        </button>
      </div>
    </section>
  );
});
