import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMED_COMMANDS } from '../commands/registry';
import { useEditor, useView } from '../editor/EditorContext';
import { keyLabel } from './keyLabel';

const PALETTE_COMMANDS = NAMED_COMMANDS.filter((c) => c.id !== 'open-palette');

/** Ctrl/Cmd+K: every command by name, filtered as you type; Enter runs the highlighted one. */
export function CommandPalette() {
  const open = useView((s) => s.paletteOpen);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const { t } = useTranslation();
  const editor = useEditor();
  const { view } = editor;
  const palette = editor.runner('palette');
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const items = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return PALETTE_COMMANDS.map((c) => ({ command: c, label: t(c.labelKey), keys: c.keys ?? c.hintKeys ?? [] }))
      .filter((item) => !needle || item.label.toLocaleLowerCase().includes(needle) || item.command.id.includes(needle))
      .map((item) => ({ ...item, enabled: editor.isEnabled(item.command.id) }));
  }, [query, t, editor]);

  const close = () => view.getState().set({ paletteOpen: false });
  const runAt = (index: number) => {
    const item = items[index];
    if (!item || !item.enabled) return;
    close();
    void palette.runById(item.command.id);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(items.length - 1, a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (event.key === 'Enter') runAt(active);
    else return;
    event.preventDefault();
  };

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label={t('palette.label')}
      onCancel={(e) => (e.preventDefault(), close())}
    >
      <input
        className="palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={items[active] ? `palette-${items[active].command.id}` : undefined}
        aria-label={t('palette.label')}
        placeholder={t('palette.placeholder')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" className="palette__list" aria-label={t('palette.label')}>
        {items.map((item, i) => (
          <li
            key={item.command.id}
            id={`palette-${item.command.id}`}
            role="option"
            aria-selected={i === active}
            aria-disabled={!item.enabled}
            className={`palette__item${i === active ? ' palette__item--active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => runAt(i)}
          >
            <span>{item.label}</span>
            {item.keys[0] && <kbd>{keyLabel(item.keys[0])}</kbd>}
          </li>
        ))}
        {items.length === 0 && <li className="palette__empty">{t('palette.noMatch', { query })}</li>}
      </ul>
    </dialog>
  );
}
