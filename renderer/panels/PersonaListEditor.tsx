/**
 * One of the persona's lists (goals, needs, expectations): a text field per item, named
 * "Goal 2" so each is unambiguous, a remove button per item, and an add button that puts
 * the cursor in the new item.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaListKey } from '../../shared/edit/personaEdits';
import type { PersonaListActions } from './personaActions';

interface PersonaListEditorProps {
  list: PersonaListKey;
  items: readonly string[];
  actions: PersonaListActions;
}

export function PersonaListEditor({ list, items, actions }: PersonaListEditorProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusItem = (index: number) =>
    requestAnimationFrame(() => listRef.current?.querySelectorAll('input')[index]?.focus());

  return (
    <div className="persona-list" role="group" aria-label={t(`personaForm.${list}.title`)}>
      <div className="persona-list__title" aria-hidden="true">
        {t(`personaForm.${list}.title`)}
      </div>
      {items.length === 0 && <p className="panel-empty">{t(`personaForm.${list}.empty`)}</p>}
      <ol className="persona-list__items" ref={listRef}>
        {items.map((text, index) => (
          // Items are plain strings, so their place is their identity.
          <li key={index} className="persona-list__item">
            <input
              type="text"
              value={text}
              aria-label={t(`personaForm.${list}.item`, { number: index + 1 })}
              onChange={(e) => actions.setPersonaItem(list, index, e.target.value)}
            />
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={t(`personaForm.${list}.remove`, { number: index + 1 })}
              title={t(`personaForm.${list}.remove`, { number: index + 1 })}
              onClick={() => {
                actions.removePersonaItem(list, index);
                requestAnimationFrame(() => {
                  const inputs = listRef.current?.querySelectorAll('input');
                  (inputs?.[Math.min(index, inputs.length - 1)] ?? addRef.current)?.focus();
                });
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={addRef}
        className="add-button"
        onClick={() => {
          actions.addPersonaItem(list);
          focusItem(items.length);
        }}
      >
        + {t(`personaForm.${list}.add`)}
      </button>
    </div>
  );
}
