/**
 * The Stages tab: every stage in journey order with its name, description and customer goal.
 * Each stage is its own keyed card, so reordering (done on the canvas) just re-renders the list.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../shared/model';
import { useDocument, useRun } from '../editor/EditorContext';
import { TextField } from '../ui/fields';
import { journeyActions, type JourneyActions } from './journeyActions';

export function StagesPanel() {
  const { t } = useTranslation();
  const run = useRun('panel');
  const actions = useMemo(() => journeyActions(run), [run]);
  const stages = useDocument((s) => s.journey.stages);
  const touchpoints = useDocument((s) => s.journey.touchpoints);
  const counts = useMemo(() => {
    const byStage = new Map<string, number>();
    for (const tp of touchpoints) byStage.set(tp.stageId, (byStage.get(tp.stageId) ?? 0) + 1);
    return byStage;
  }, [touchpoints]);

  if (stages.length === 0) {
    return (
      <div className="panel-empty-state">
        <p>{t('stagesPanel.none')}</p>
        <p className="field__hint">{t('stagesPanel.howToAdd')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="field__hint">{t('stagesPanel.intro')}</p>
      <ol className="stage-list">
        {stages.map((stage, index) => (
          <StageCard
            key={stage.id}
            stage={stage}
            number={index + 1}
            touchpoints={counts.get(stage.id) ?? 0}
            actions={actions}
          />
        ))}
      </ol>
    </>
  );
}

interface StageCardProps {
  stage: Stage;
  number: number;
  touchpoints: number;
  actions: JourneyActions;
}

const StageCard = memo(function StageCard({ stage, number, touchpoints, actions }: StageCardProps) {
  const { t } = useTranslation();
  const label = t('stagesPanel.item', { number });
  return (
    <li className="stage-card">
      <div role="group" aria-label={label}>
        <div className="stage-card__header">
          <span className="stage-card__number" aria-hidden="true">
            {number}
          </span>
          <span className="stage-card__count">{t('stagesPanel.touchpointCount', { count: touchpoints })}</span>
        </div>
        <TextField
          label={t('stagesPanel.name')}
          value={stage.name}
          onChange={(text) => actions.setStageField(stage.id, 'name', text)}
        />
        <TextField
          label={t('stagesPanel.description')}
          multiline
          value={stage.description}
          onChange={(text) => actions.setStageField(stage.id, 'description', text)}
        />
        <TextField
          label={t('stagesPanel.customerGoal')}
          value={stage.customerGoal}
          onChange={(text) => actions.setStageField(stage.id, 'customerGoal', text)}
        />
      </div>
    </li>
  );
});
