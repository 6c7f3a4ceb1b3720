/**
 * Compare mode on the map (docs/architecture.md "Compare mode"): the badge of a card added or
 * changed since the compared version, and a removed card's ghost where it was. Both exist only
 * while comparing, so the thousands of cards of a big map subscribe to no words for them.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { CardMark } from '../../shared/versions';
import type { GhostNodeType } from './flowTypes';
import '../styles/compare.css';

export function CompareBadge({ mark }: { mark: CardMark }) {
  const { t } = useTranslation();
  const label = mark === 'added' ? t('compare.canvas.added') : t('compare.canvas.changed');
  return (
    <span className={`compare-badge compare-badge--${mark}`} role="img" title={label} aria-label={label}>
      {mark === 'added' ? '+' : '~'}
    </span>
  );
}

/** A card the compared version had and this one does not: faded, struck through, not editable. */
export const GhostNode = memo(function GhostNode({ data }: NodeProps<GhostNodeType>) {
  const { t } = useTranslation();
  const label = t('compare.canvas.removed', { title: data.title || '—' });
  return (
    <div
      className="compare-ghost"
      role="img"
      aria-label={label}
      title={label}
      style={{ width: '100%', height: '100%' }}
    >
      <span className="compare-badge compare-badge--removed" aria-hidden="true">
        −
      </span>
      {data.title || '—'}
    </div>
  );
});
