/** Opportunities of a touchpoint: what to do about it, impact and effort 1–5, owner, status. */
import { useTranslation } from 'react-i18next';
import {
  OPPORTUNITY_STATUSES,
  SCORE_MAX,
  SCORE_MIN,
  type Opportunity,
  type OpportunityStatus,
} from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { SelectField, TextField, optionalText } from '../ui/fields';
import { AnnotationList } from './AnnotationList';
import { parseScore, scoreRange } from './scores';
import type { TouchpointActions } from './touchpointActions';

const SCORES = scoreRange(SCORE_MIN, SCORE_MAX);

export function OpportunityList({ items, actions }: { items: readonly Opportunity[]; actions: TouchpointActions }) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  const scoreSelect = (opportunity: Opportunity, field: 'impact' | 'effort') => (
    <SelectField
      label={t(`opportunityForm.${field}`)}
      value={String(opportunity[field])}
      onChange={(value) => {
        const score = parseScore(value, SCORE_MIN, SCORE_MAX);
        if (score !== undefined) actions.update('opportunities', opportunity.id, { [field]: score });
      }}
    >
      {SCORES.map((score) => (
        <option key={score} value={score}>
          {t(`opportunityForm.score.${score}`)}
        </option>
      ))}
    </SelectField>
  );
  return (
    <AnnotationList
      labels={{
        title: t('opportunityForm.title'),
        empty: t('opportunityForm.empty'),
        add: t('opportunityForm.add'),
        moveUp: t('opportunityForm.moveUp'),
        moveDown: t('opportunityForm.moveDown'),
        remove: t('opportunityForm.remove'),
        item: (number) => t('opportunityForm.item', { number }),
      }}
      items={items}
      onAdd={() => actions.add('opportunities')}
      onMove={(id, offset) => actions.move('opportunities', id, offset)}
      onRemove={(id) => actions.remove('opportunities', id)}
      renderItem={(opportunity) => (
        <>
          <TextField
            label={t('opportunityForm.text')}
            multiline
            value={opportunity.text}
            onChange={(text) => actions.update('opportunities', opportunity.id, { text })}
          />
          <div className="field-row">
            {scoreSelect(opportunity, 'impact')}
            {scoreSelect(opportunity, 'effort')}
          </div>
          <div className="field-row">
            <TextField
              label={t('opportunityForm.owner')}
              value={opportunity.owner}
              onChange={(text) => actions.update('opportunities', opportunity.id, { owner: optionalText(text) })}
            />
            <SelectField
              label={t('opportunityForm.status')}
              value={opportunity.status}
              onChange={(value) => {
                if ((OPPORTUNITY_STATUSES as readonly string[]).includes(value))
                  actions.update('opportunities', opportunity.id, { status: value as OpportunityStatus });
              }}
            >
              {OPPORTUNITY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {names.opportunityStatus(status)}
                </option>
              ))}
            </SelectField>
          </div>
        </>
      )}
    />
  );
}
