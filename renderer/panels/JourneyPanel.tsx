/** The Journey tab: the journey's title and description, and the personas it is mapped for. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument, useRun } from '../editor/EditorContext';
import { TextField } from '../ui/fields';
import { journeyActions } from './journeyActions';
import { PersonaList } from './PersonaList';

export function JourneyPanel() {
  const { t } = useTranslation();
  const run = useRun('panel');
  const actions = useMemo(() => journeyActions(run), [run]);
  const title = useDocument((s) => s.journey.title);
  const description = useDocument((s) => s.journey.description);

  return (
    <div className="journey-panel">
      <TextField label={t('journeyPanel.title')} value={title} onChange={actions.setTitle} />
      <TextField
        label={t('journeyPanel.description')}
        multiline
        value={description}
        onChange={actions.setDescription}
      />
      <PersonaList />
    </div>
  );
}
