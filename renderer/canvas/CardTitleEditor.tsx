import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useRun } from '../editor/EditorContext';

interface CardTitleEditorProps {
  touchpointId: string;
  stageId: string;
  title: string;
}

/**
 * A card's title typed on the map: it opens on a new card (and on a double-clicked title) with
 * the old title selected, so typing replaces it. Enter keeps it and puts the focus on the card;
 * Tab keeps it and starts the next card in the same stage; Escape keeps it too.
 */
export function CardTitleEditor({ touchpointId, stageId, title }: CardTitleEditorProps) {
  const { t } = useTranslation();
  const { view } = useEditor();
  const run = useRun('canvas');
  const ref = useRef<HTMLInputElement>(null);
  const finish = () => {
    if (view.getState().editingTitleId === touchpointId) view.getState().set({ editingTitleId: null });
  };
  return (
    <input
      ref={ref}
      className="tp-card__title-input nodrag nopan nowheel"
      aria-label={t('canvas.cardTitle')}
      autoFocus
      value={title}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => void run('edit-touchpoint', { touchpointId, patch: { title: e.target.value } })}
      onBlur={finish}
      onKeyDown={(e) => {
        if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
          e.preventDefault();
          finish();
          void run('add-touchpoint', { stageId });
        } else if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          const card = ref.current?.closest<HTMLElement>('.react-flow__node');
          finish();
          card?.focus({ preventScroll: true });
        }
      }}
    />
  );
}
