/** Everything about one step: its title, description and owner, its stage and lane, and its flows. */
import { useTranslation } from 'react-i18next';
import type { StepPatch } from '../../shared/edit/stepEdits';
import { TOUCHPOINT_LANE_KIND, type Step } from '../../shared/model';
import { useDocument, useRun } from '../editor/EditorContext';
import { SelectField, TextField, optionalText } from '../ui/fields';
import { FlowList } from './FlowList';

export function StepForm({ step }: { step: Step }) {
  const { t } = useTranslation();
  const run = useRun('inspector');
  const stages = useDocument((s) => s.journey.stages);
  const lanes = useDocument((s) => s.journey.lanes);
  const set = (patch: StepPatch) => void run('edit-step', { stepId: step.id, patch });
  return (
    <div className="touchpoint-form step-form">
      <h2 className="panel-heading">{t('step.formTitle')}</h2>
      <TextField label={t('step.title')} value={step.title} onChange={(title) => set({ title })} />
      <TextField
        label={t('step.description')}
        multiline
        value={step.description}
        onChange={(text) => set({ description: optionalText(text) })}
      />
      <TextField label={t('step.owner')} value={step.owner} onChange={(text) => set({ owner: optionalText(text) })} />
      <SelectField label={t('step.stage')} value={step.stageId} onChange={(stageId) => set({ stageId })}>
        {stages.map((stage, index) => (
          <option key={stage.id} value={stage.id}>
            {stage.name || t('stagesPanel.untitled', { number: index + 1 })}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('step.lane')} value={step.laneId} onChange={(laneId) => set({ laneId })}>
        {lanes
          .filter((lane) => lane.kind !== TOUCHPOINT_LANE_KIND)
          .map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name.trim() || t(`lanes.kind.${lane.kind}`)}
            </option>
          ))}
      </SelectField>
      <FlowList touchpointId={step.id} />
    </div>
  );
}
