import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updateTouchpoint } from '../../shared/edit/journeyEdits';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import { BUILT_IN_CHANNELS, TIERS, type Tier, type Touchpoint } from '../../shared/model';
import { useEditor, useEditorStoreApi } from '../store/EditorContext';

/** Right panel: edits the selected touchpoint. Typing in one field merges into one undo step. */
export function Inspector() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const touchpoint = useEditor((s) =>
    s.selection.length === 1 ? s.journey.touchpoints.find((tp) => tp.id === s.selection[0]) : undefined,
  );
  const stages = useEditor((s) => s.journey.stages);
  const customChannels = useEditor((s) => s.journey.channels);
  const ids = { title: useId(), stage: useId(), channel: useId(), tier: useId() };

  if (!touchpoint) {
    return (
      <aside className="inspector" aria-label={t('inspector.label')}>
        <p className="inspector__empty">{t('inspector.nothingSelected')}</p>
      </aside>
    );
  }
  const edit = (patch: Partial<Touchpoint>, field?: string) =>
    store
      .getState()
      .applyEdit(
        (j) => updateTouchpoint(j, touchpoint.id, patch),
        field ? { mergeKey: `${touchpoint.id}:${field}` } : undefined,
      );
  const moveToStage = (stageId: string) => {
    const { journey } = store.getState();
    edit({ stageId, position: nextSlotInStage(journey, stageId) });
  };

  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      <h2 className="inspector__heading">{t('inspector.touchpoint')}</h2>
      <label htmlFor={ids.title}>{t('inspector.title')}</label>
      <input id={ids.title} value={touchpoint.title} onChange={(e) => edit({ title: e.target.value }, 'title')} />
      <label htmlFor={ids.stage}>{t('inspector.stage')}</label>
      <select id={ids.stage} value={touchpoint.stageId} onChange={(e) => moveToStage(e.target.value)}>
        {stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name || s.id}
          </option>
        ))}
      </select>
      <label htmlFor={ids.channel}>{t('inspector.channel')}</label>
      <select id={ids.channel} value={touchpoint.channel} onChange={(e) => edit({ channel: e.target.value })}>
        {BUILT_IN_CHANNELS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        {(customChannels ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.tier}>{t('inspector.tier')}</label>
      <select id={ids.tier} value={touchpoint.tier} onChange={(e) => edit({ tier: e.target.value as Tier })}>
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {t(`tier.${tier}`)}
          </option>
        ))}
      </select>
    </aside>
  );
}
