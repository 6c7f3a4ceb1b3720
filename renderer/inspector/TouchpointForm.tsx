/** Everything about one touchpoint: its own fields, then its pain points, opportunities, metrics and flows. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../shared/model';
import { CheckboxField, SelectField, TextField, optionalText } from '../ui/fields';
import { useDocument, useRun } from '../editor/EditorContext';
import { ChannelField } from './ChannelField';
import { EmotionRatings } from './EmotionField';
import { FlowList } from './FlowList';
import { MetricList } from './MetricList';
import { OpportunityList } from './OpportunityList';
import { PainPointList } from './PainPointList';
import { TierField } from './TierField';
import { touchpointActions } from './touchpointActions';

const NO_CHANNELS: never[] = [];

export function TouchpointForm({ touchpoint }: { touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const run = useRun('inspector');
  const stages = useDocument((s) => s.journey.stages);
  const customChannels = useDocument((s) => s.journey.channels ?? NO_CHANNELS);
  const actions = useMemo(() => touchpointActions(run, touchpoint.id), [run, touchpoint.id]);
  const { setFields } = actions;
  const personas = useDocument((s) => s.journey.personas);

  return (
    <div className="touchpoint-form">
      <TextField
        label={t('touchpointForm.title')}
        value={touchpoint.title}
        onChange={(title) => setFields({ title })}
      />
      <TextField
        label={t('touchpointForm.description')}
        multiline
        value={touchpoint.description}
        onChange={(text) => setFields({ description: optionalText(text) })}
      />
      <SelectField label={t('touchpointForm.stage')} value={touchpoint.stageId} onChange={actions.moveToStage}>
        {stages.map((stage, index) => (
          <option key={stage.id} value={stage.id}>
            {stage.name || t('stagesPanel.untitled', { number: index + 1 })}
          </option>
        ))}
      </SelectField>
      <ChannelField
        value={touchpoint.channel}
        customChannels={customChannels}
        onChange={(channel) => setFields({ channel })}
        onAddCustom={actions.chooseChannelNamed}
      />
      <TierField value={touchpoint.tier} onChange={(tier) => setFields({ tier })} />
      <EmotionRatings touchpoint={touchpoint} personas={personas} onChange={actions.setEmotion} />
      <CheckboxField
        label={t('touchpointForm.momentOfTruth')}
        hint={t('touchpointForm.momentOfTruthHint')}
        checked={touchpoint.momentOfTruth}
        onChange={(momentOfTruth) => setFields({ momentOfTruth })}
      />
      <TextField
        label={t('touchpointForm.owner')}
        value={touchpoint.owner}
        onChange={(text) => setFields({ owner: optionalText(text) })}
      />
      <TextField
        label={t('touchpointForm.notes')}
        multiline
        value={touchpoint.notes}
        onChange={(text) => setFields({ notes: optionalText(text) })}
      />
      <PainPointList items={touchpoint.painPoints} actions={actions} />
      <OpportunityList items={touchpoint.opportunities} actions={actions} />
      <MetricList items={touchpoint.metrics} actions={actions} />
      <FlowList touchpointId={touchpoint.id} />
    </div>
  );
}
