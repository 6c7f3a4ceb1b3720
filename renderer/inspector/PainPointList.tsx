/** Pain points of a touchpoint: text, severity 1–5, evidence source and evidence; ordered, so reorderable. */
import { useTranslation } from 'react-i18next';
import { severityColor } from '../../shared/layout/tokens';
import { PAIN_SOURCES, SEVERITY_MAX, SEVERITY_MIN, type PainPoint, type PainSource } from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { SelectField, TextField, optionalText } from '../ui/fields';
import { AnnotationList } from './AnnotationList';
import { parseScore, scoreRange } from './scores';
import type { TouchpointActions } from './touchpointActions';

const SEVERITIES = scoreRange(SEVERITY_MIN, SEVERITY_MAX);

export function PainPointList({ items, actions }: { items: readonly PainPoint[]; actions: TouchpointActions }) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  return (
    <AnnotationList
      labels={{
        title: t('painPointForm.title'),
        empty: t('painPointForm.empty'),
        add: t('painPointForm.add'),
        moveUp: t('painPointForm.moveUp'),
        moveDown: t('painPointForm.moveDown'),
        remove: t('painPointForm.remove'),
        item: (number) => t('painPointForm.item', { number }),
      }}
      items={items}
      accent={(pain) => severityColor(pain.severity)}
      onAdd={() => actions.add('painPoints')}
      onMove={(id, offset) => actions.move('painPoints', id, offset)}
      onRemove={(id) => actions.remove('painPoints', id)}
      renderItem={(pain) => (
        <>
          <TextField
            label={t('painPointForm.text')}
            multiline
            value={pain.text}
            onChange={(text) => actions.update('painPoints', pain.id, { text })}
          />
          <div className="field-row">
            <SelectField
              label={t('painPointForm.severity')}
              value={String(pain.severity)}
              onChange={(value) => {
                const severity = parseScore(value, SEVERITY_MIN, SEVERITY_MAX);
                if (severity !== undefined) actions.update('painPoints', pain.id, { severity });
              }}
            >
              {SEVERITIES.map((level) => (
                <option key={level} value={level}>
                  {level} · {names.severity(level)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('painPointForm.source')}
              value={pain.source}
              onChange={(value) => {
                if ((PAIN_SOURCES as readonly string[]).includes(value))
                  actions.update('painPoints', pain.id, { source: value as PainSource });
              }}
            >
              {PAIN_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {names.painSource(source)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label={t('painPointForm.evidence')}
            value={pain.evidence}
            hint={t(`painPointForm.sourceHint.${pain.source}`)}
            onChange={(text) => actions.update('painPoints', pain.id, { evidence: optionalText(text) })}
          />
        </>
      )}
    />
  );
}
