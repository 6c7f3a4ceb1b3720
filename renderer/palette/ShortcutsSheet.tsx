import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMED_COMMANDS } from '../commands/registry';
import { useEditor, useView } from '../editor/EditorContext';
import { keyLabel } from './keyLabel';

/** "?": every command that has keys, with its keys. */
export function ShortcutsSheet() {
  const open = useView((s) => s.shortcutsOpen);
  return open ? <Sheet /> : null;
}

function Sheet() {
  const { t } = useTranslation();
  const { view } = useEditor();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const close = () => view.getState().set({ shortcutsOpen: false });
  const rows = NAMED_COMMANDS.map((c) => ({ id: c.id, label: t(c.labelKey), keys: c.keys ?? c.hintKeys ?? [] })).filter(
    (r) => r.keys.length > 0,
  );
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts"
      aria-labelledby="shortcuts-title"
      onCancel={(e) => (e.preventDefault(), close())}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.label}</td>
              <td>
                {r.keys.map((k) => (
                  <kbd key={k}>{keyLabel(k)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" autoFocus onClick={close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
