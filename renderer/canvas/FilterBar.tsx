import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CHANNELS, TIERS, type Tier } from '../../shared/model';
import { isFilterActive, matchesFilter } from '../../shared/query/touchpointFilter';
import { useDocument, useEditor, useRun, useView } from '../editor/EditorContext';

/** Filter and highlight: cards that do not match are dimmed on the map. */
export function FilterBar() {
  const { t } = useTranslation();
  const { view } = useEditor();
  const run = useRun('toolbar');
  const filter = useView((s) => s.filter);
  const emotionCurve = useView((s) => s.emotionCurve);
  const touchpoints = useDocument((s) => s.journey.touchpoints);
  const custom = useDocument((s) => s.journey.channels);
  const ids = { search: useId(), channel: useId(), tier: useId(), severity: useId(), mot: useId(), curve: useId() };
  const active = isFilterActive(filter);
  const matching = useMemo(
    () => (active ? touchpoints.filter((tp) => matchesFilter(tp, filter)).length : touchpoints.length),
    [active, touchpoints, filter],
  );
  const channelName = (id: string) =>
    t(`channel.${id}`, { defaultValue: BUILT_IN_CHANNELS.find((c) => c.id === id)?.name ?? id });
  const setFilter = view.getState().setFilter;

  return (
    <div className="filter-bar" role="search" aria-label={t('filter.label')}>
      <label htmlFor={ids.search} className="visually-hidden">
        {t('filter.search')}
      </label>
      <input
        id={ids.search}
        data-search-input
        type="search"
        className="filter-bar__search"
        placeholder={t('filter.searchPlaceholder')}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <select
        id={ids.channel}
        aria-label={t('filter.channel')}
        value={filter.channels[0] ?? ''}
        onChange={(e) => setFilter({ channels: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">{t('filter.anyChannel')}</option>
        {[...BUILT_IN_CHANNELS.map((c) => c.id), ...(custom ?? []).map((c) => c.id)].map((id) => (
          <option key={id} value={id}>
            {custom?.find((c) => c.id === id)?.name ?? channelName(id)}
          </option>
        ))}
      </select>
      <select
        id={ids.tier}
        aria-label={t('filter.tier')}
        value={filter.tiers[0] ?? ''}
        onChange={(e) => setFilter({ tiers: e.target.value ? [e.target.value as Tier] : [] })}
      >
        <option value="">{t('filter.anyTier')}</option>
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {t(`tier.${tier}`)}
          </option>
        ))}
      </select>
      <select
        id={ids.severity}
        aria-label={t('filter.severity')}
        value={filter.minSeverity}
        onChange={(e) => setFilter({ minSeverity: Number(e.target.value) })}
      >
        <option value={0}>{t('filter.anySeverity')}</option>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {t('filter.severityAtLeast', { value: n })}
          </option>
        ))}
      </select>
      <label className="filter-bar__check">
        <input
          id={ids.mot}
          type="checkbox"
          checked={filter.momentsOfTruthOnly}
          onChange={(e) => setFilter({ momentsOfTruthOnly: e.target.checked })}
        />
        {t('filter.momentsOnly')}
      </label>
      {active && (
        <>
          <span className="filter-bar__count" role="status">
            {t('filter.matches', { count: matching, total: touchpoints.length })}
          </span>
          <button type="button" onClick={() => void run('clear-filters')}>
            {t('filter.clear')}
          </button>
        </>
      )}
      <label className="filter-bar__check filter-bar__curve">
        <input
          id={ids.curve}
          type="checkbox"
          checked={emotionCurve}
          onChange={(e) => view.getState().set({ emotionCurve: e.target.checked })}
        />
        {t('filter.emotionCurve')}
      </label>
    </div>
  );
}
