/**
 * KPIs tracked at a touchpoint: which KPI (or a custom one), its label and unit, and the
 * baseline before a change, the current value and the target. Empty numbers mean "not measured yet".
 */
import { useTranslation } from 'react-i18next';
import { KPI_IDS, type KpiId, type Metric } from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { CheckboxField, NumberField, SelectField, TextField, optionalText } from '../ui/fields';
import { AnnotationList } from './AnnotationList';
import type { TouchpointActions } from './touchpointActions';

const VALUES = ['baseline', 'current', 'target'] as const;

export function MetricList({ items, actions }: { items: readonly Metric[]; actions: TouchpointActions }) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  return (
    <AnnotationList
      labels={{
        title: t('metricForm.title'),
        empty: t('metricForm.empty'),
        add: t('metricForm.add'),
        moveUp: t('metricForm.moveUp'),
        moveDown: t('metricForm.moveDown'),
        remove: t('metricForm.remove'),
        item: (number) => t('metricForm.item', { number }),
      }}
      items={items}
      onAdd={() => actions.add('metrics')}
      onMove={(id, offset) => actions.move('metrics', id, offset)}
      onRemove={(id) => actions.remove('metrics', id)}
      renderItem={(metric) => (
        <>
          <SelectField
            label={t('metricForm.kpi')}
            value={metric.kpi}
            onChange={(value) => {
              if ((KPI_IDS as readonly string[]).includes(value)) actions.changeMetricKpi(metric.id, value as KpiId);
            }}
          >
            {KPI_IDS.map((kpi) => (
              <option key={kpi} value={kpi}>
                {names.kpi(kpi)}
              </option>
            ))}
          </SelectField>
          <div className="field-row">
            <TextField
              label={t('metricForm.label')}
              value={metric.label}
              onChange={(text) => actions.update('metrics', metric.id, { label: optionalText(text) })}
            />
            <TextField
              label={t('metricForm.unit')}
              value={metric.unit}
              onChange={(text) => actions.update('metrics', metric.id, { unit: optionalText(text) })}
            />
          </div>
          <div className="field-row field-row--three">
            {VALUES.map((field) => (
              <NumberField
                key={field}
                label={t(`metricForm.${field}`)}
                value={metric[field]}
                invalidMessage={t('metricForm.notANumber')}
                onChange={(value) => actions.update('metrics', metric.id, { [field]: value })}
              />
            ))}
          </div>
          <p className="field__hint field__hint--below-row">{t('metricForm.valuesHint')}</p>
          <CheckboxField
            label={t('metricForm.higherIsBetter')}
            checked={metric.higherIsBetter}
            onChange={(higherIsBetter) => actions.update('metrics', metric.id, { higherIsBetter })}
          />
        </>
      )}
    />
  );
}
