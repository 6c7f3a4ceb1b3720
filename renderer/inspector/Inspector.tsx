/**
 * The Touchpoint tab: the form for one selected touchpoint, shared tier and channel for
 * several, or a hint when nothing (or only connections) is selected.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocument, useView } from '../editor/EditorContext';
import { MultiSelectionForm } from './MultiSelectionForm';
import { StepForm } from './StepForm';
import { TouchpointForm } from './TouchpointForm';

export function Inspector() {
  const { t } = useTranslation();
  // Selection also holds connection ids; only touchpoints are edited here.
  const selection = useView((s) => s.selection);
  const selected = useDocument(
    useShallow((s) => {
      const ids = new Set(selection);
      return s.journey.touchpoints.filter((tp) => ids.has(tp.id));
    }),
  );
  const hasStages = useDocument((s) => s.journey.stages.length > 0);
  const steps = useDocument(
    useShallow((s) => {
      const ids = new Set(selection);
      return s.journey.steps.filter((step) => ids.has(step.id));
    }),
  );

  if (selected.length === 0 && steps.length === 1) return <StepForm key={steps[0]!.id} step={steps[0]!} />;
  if (selected.length === 1) return <TouchpointForm key={selected[0]!.id} touchpoint={selected[0]!} />;
  if (selected.length > 1) return <MultiSelectionForm touchpoints={selected} />;
  return (
    <div className="panel-empty-state">
      <p>{t('touchpointForm.nothingSelected')}</p>
      <p className="field__hint">{hasStages ? t('touchpointForm.howToSelect') : t('touchpointForm.startWithStage')}</p>
    </div>
  );
}
