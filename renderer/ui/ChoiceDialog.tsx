import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { ChoiceController, ChoiceRequest } from './choiceStore';

export function ChoiceDialog({ choices }: { choices: ChoiceController }) {
  const request = useStore(choices.store, (s) => s.request);
  return request ? <ChoiceModal key={request.id} request={request} /> : null;
}

function ChoiceModal({ request }: { request: ChoiceRequest }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="choice-title"
      onCancel={(e) => (e.preventDefault(), request.resolve(null))}
    >
      <h2 id="choice-title">{request.title}</h2>
      <p>{request.body}</p>
      <div className="dialog__actions">
        {request.options.map((o, i) => (
          <button
            key={o.id}
            type="button"
            className={o.danger ? 'button--danger' : undefined}
            autoFocus={i === 0}
            onClick={() => request.resolve(o.id)}
          >
            {o.label}
          </button>
        ))}
        <button type="button" onClick={() => request.resolve(null)}>
          {t('dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
