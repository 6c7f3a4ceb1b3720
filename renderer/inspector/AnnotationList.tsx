/**
 * The shell shared by the pain point, opportunity and metric lists: a titled section, one
 * labelled group per item ("Pain point 2") with move up / move down / remove buttons, and an
 * add button. It keeps keyboard focus sensible: a new item's first field, a moved item's
 * button, or the add button after a removal.
 */
import { useRef, type ReactNode } from 'react';
import { PanelSection } from '../ui/fields';
import { ItemAddon } from '../ui/ItemAddon';

export interface AnnotationListLabels {
  title: string;
  empty: string;
  add: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  item(number: number): string;
}

interface AnnotationListProps<T extends { id: string }> {
  labels: AnnotationListLabels;
  items: readonly T[];
  onAdd(): string;
  onMove(id: string, offset: -1 | 1): void;
  onRemove(id: string): void;
  renderItem(item: T): ReactNode;
  /** Colour of the item's edge (e.g. by severity). */
  accent?(item: T): string;
}

export function AnnotationList<T extends { id: string }>(props: AnnotationListProps<T>) {
  const { labels, items, onAdd, onMove, onRemove, renderItem, accent } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // After the store update has rendered, find the item by id (ids may hold any characters, so no selector).
  const focusInItem = (id: string, selector: string) =>
    requestAnimationFrame(() => {
      const item = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [])].find(
        (el) => el.dataset.itemId === id,
      );
      const target = [...(item?.querySelectorAll<HTMLElement>(selector) ?? [])].find(
        (el) => !(el as HTMLButtonElement).disabled,
      );
      target?.focus();
    });

  return (
    <PanelSection title={`${labels.title} (${items.length})`}>
      {items.length === 0 && <p className="panel-empty">{labels.empty}</p>}
      <ol className="annotation-list" ref={listRef}>
        {items.map((item, index) => {
          const name = labels.item(index + 1);
          return (
            <li key={item.id} className="annotation" style={accent ? { borderLeftColor: accent(item) } : undefined}>
              <div role="group" aria-label={name} data-item-id={item.id} className="annotation__body">
                <div className="annotation__header">
                  <span className="annotation__title" aria-hidden="true">
                    {name}
                  </span>
                  <ItemAddon id={item.id} />
                  <button
                    type="button"
                    className="icon-button"
                    data-action="up"
                    aria-label={labels.moveUp}
                    title={labels.moveUp}
                    disabled={index === 0}
                    onClick={() => {
                      onMove(item.id, -1);
                      focusInItem(item.id, '[data-action="up"], [data-action="down"]');
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-action="down"
                    aria-label={labels.moveDown}
                    title={labels.moveDown}
                    disabled={index === items.length - 1}
                    onClick={() => {
                      onMove(item.id, 1);
                      focusInItem(item.id, '[data-action="down"], [data-action="up"]');
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={labels.remove}
                    title={labels.remove}
                    onClick={() => {
                      onRemove(item.id);
                      requestAnimationFrame(() => addRef.current?.focus());
                    }}
                  >
                    ✕
                  </button>
                </div>
                {renderItem(item)}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        ref={addRef}
        className="add-button"
        onClick={() => {
          const id = onAdd();
          focusInItem(id, 'input, textarea, select');
        }}
      >
        + {labels.add}
      </button>
    </PanelSection>
  );
}
