import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { STAGE_COLORS, laneFill } from '../../shared/layout/tokens';
import { useRun } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';

interface StageActionsProps {
  stageId: string;
  index: number;
  color: string | undefined;
}

/** Arrow keys, Home and End move between the buttons of a menu; Escape closes it. */
function moveInMenu(event: KeyboardEvent<HTMLElement>, close: () => void) {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    close();
    return;
  }
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  event.stopPropagation();
  items[(next + items.length) % items.length]?.focus();
}

/**
 * A lane's tools behind one "⋯" button, so the header's width goes to the stage's name:
 * colour, move left or right, delete; each with a tooltip and an accessible name.
 */
export function StageActions({ stageId, index, color }: StageActionsProps) {
  const { t } = useTranslation();
  const run = useRun('canvas');
  const theme = useResolvedTheme();
  /** Where the menu opens (screen pixels, under the "⋯" button), or null while it is closed. */
  const [open, setOpen] = useState<{ top: number; right: number } | null>(null);
  const [picking, setPicking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const isOpen = open !== null;
  useEffect(() => {
    if (isOpen) menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [isOpen]);
  const target = { stageId };
  const close = (refocus = true) => {
    setOpen(null);
    setPicking(false);
    if (refocus) opener.current?.focus();
  };
  /** Runs the chosen action and closes the menu (called from a click, never while rendering). */
  const act = (action: () => void) => {
    action();
    close();
  };
  const recolor = (next: string | null) => act(() => void run('recolor-stage', { ...target, color: next }));
  return (
    <span className="stage-lane__actions nodrag nopan">
      <button
        ref={opener}
        type="button"
        className="icon-button stage-lane__more"
        data-roving-item
        tabIndex={-1}
        aria-label={t('stage.actions')}
        title={t('stage.actions')}
        aria-haspopup="true"
        aria-expanded={isOpen}
        onClick={() => {
          if (isOpen) return close();
          const box = opener.current!.getBoundingClientRect();
          setOpen({ top: box.bottom + 4, right: window.innerWidth - box.right });
        }}
      >
        ⋯
      </button>
      {/* In the page, not in the lane: the lane sits under its cards, its menu must not. */}
      {open &&
        createPortal(
          <div
            ref={menu}
            className="stage-menu"
            role="group"
            aria-label={t('stage.actions')}
            style={{ top: open.top, right: open.right }}
            onKeyDown={(e) => moveInMenu(e, close)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== opener.current)
                close(false);
            }}
          >
            <button
              type="button"
              className="stage-menu__item"
              title={t('stage.color')}
              aria-label={t('stage.color')}
              aria-expanded={picking}
              onClick={() => setPicking((p) => !p)}
            >
              <span aria-hidden="true">●</span> {t('stage.color')}
            </button>
            {picking && (
              <div className="stage-menu__swatches" role="group" aria-label={t('stage.color')}>
                {STAGE_COLORS.map((swatch, number) => (
                  <button
                    key={swatch}
                    type="button"
                    className="swatch"
                    style={{ background: laneFill(swatch, index, theme) }}
                    aria-label={t('stage.swatch', { number: number + 1 })}
                    title={t('stage.swatch', { number: number + 1 })}
                    aria-pressed={color === swatch}
                    onClick={() => recolor(swatch)}
                  />
                ))}
                <button
                  type="button"
                  className="swatch swatch--default"
                  aria-label={t('stage.defaultColor')}
                  title={t('stage.defaultColor')}
                  onClick={() => recolor(null)}
                >
                  ↺
                </button>
              </div>
            )}
            <MenuItem
              label={t('stage.moveLeft')}
              symbol="‹"
              disabled={index === 0}
              onClick={() => act(() => void run('move-stage-left', target))}
            />
            <MenuItem
              label={t('stage.moveRight')}
              symbol="›"
              onClick={() => act(() => void run('move-stage-right', target))}
            />
            <MenuItem
              label={t('stage.delete')}
              symbol="✕"
              onClick={() => act(() => void run('delete-stage', target))}
            />
          </div>,
          document.body,
        )}
    </span>
  );
}

function MenuItem(props: { label: string; symbol: string; disabled?: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      className="stage-menu__item"
      title={props.label}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.symbol}</span> {props.label}
    </button>
  );
}
