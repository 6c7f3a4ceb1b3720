/** Several touchpoints selected: say how many, and let tier and channel be set on all of them at once. */
import { useTranslation } from 'react-i18next';
import type { TouchpointFieldPatch } from '../../shared/edit/touchpointFields';
import { BUILT_IN_CHANNELS, TIERS, type Tier, type Touchpoint } from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { SelectField } from '../ui/fields';
import { useDocument, useRun } from '../editor/EditorContext';

const MIXED = '';

/** The value all touchpoints share, or MIXED. */
const shared = (values: string[]) => (values.every((v) => v === values[0]) ? (values[0] ?? MIXED) : MIXED);

export function MultiSelectionForm({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  const run = useRun('inspector');
  const customChannels = useDocument((s) => s.journey.channels);
  const touchpointIds = touchpoints.map((tp) => tp.id);
  /** A shared tier or channel for all of them: one undo step. */
  const setOnAll = (patch: TouchpointFieldPatch) => void run('edit-touchpoints', { touchpointIds, patch });
  const tier = shared(touchpoints.map((tp) => tp.tier));
  const channel = shared(touchpoints.map((tp) => tp.channel));
  const mixed = (
    <option value={MIXED} disabled>
      {t('touchpointForm.mixed')}
    </option>
  );

  return (
    <div className="touchpoint-form">
      <p className="panel-status" role="status">
        {t('touchpointForm.selectedCount', { count: touchpoints.length })}
      </p>
      <p className="field__hint">{t('touchpointForm.multiHint')}</p>
      <SelectField
        label={t('touchpointForm.tier')}
        value={tier}
        onChange={(value) => {
          if ((TIERS as readonly string[]).includes(value)) setOnAll({ tier: value as Tier });
        }}
      >
        {tier === MIXED && mixed}
        {TIERS.map((option) => (
          <option key={option} value={option}>
            {names.tier(option)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('touchpointForm.channel')}
        value={channel}
        onChange={(value) => value && setOnAll({ channel: value })}
      >
        {channel === MIXED && mixed}
        {BUILT_IN_CHANNELS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.icon} {names.channel(c.id)}
          </option>
        ))}
        {(customChannels ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
