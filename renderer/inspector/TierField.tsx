/**
 * The CX pyramid tier the touchpoint is meant to deliver. Beside the choice, the pyramid
 * itself, top to bottom, with one line per tier, because the order matters: build from the
 * bottom up: utility first, then usability, then delight.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TIER_COLORS } from '../../shared/layout/tokens';
import { TIERS, type Tier } from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { SelectField } from '../ui/fields';

const TOP_DOWN = [...TIERS].reverse();

export function TierField({ value, onChange }: { value: Tier; onChange(tier: Tier): void }) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  const helpId = useId();
  return (
    <div className="tier-field">
      <SelectField
        label={t('touchpointForm.tier')}
        value={value}
        describedBy={helpId}
        onChange={(next) => {
          if ((TIERS as readonly string[]).includes(next)) onChange(next as Tier);
        }}
      >
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {names.tier(tier)}
          </option>
        ))}
      </SelectField>
      <ul className="pyramid">
        {TOP_DOWN.map((tier) => (
          <li
            key={tier}
            className={`pyramid__tier${tier === value ? ' pyramid__tier--current' : ''}`}
            aria-current={tier === value || undefined}
          >
            {/* Tinted with the canvas colour over the panel; the theme's text keeps small type readable (WCAG AA). */}
            <span
              className="pyramid__badge"
              style={{
                borderColor: TIER_COLORS[tier].fill,
                background: `color-mix(in srgb, ${TIER_COLORS[tier].fill} 16%, var(--panel))`,
              }}
            >
              {names.tier(tier)}
            </span>
            <span className="pyramid__help" id={tier === value ? helpId : undefined}>
              {names.tierHelp(tier)}
            </span>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('touchpointForm.tierOrder')}</p>
    </div>
  );
}
