/** The Journey tab: the journey's title and description, and the persona it is mapped for. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument, useRun } from '../editor/EditorContext';
import { PanelSection, TextField } from '../ui/fields';
import { journeyActions } from './journeyActions';
import { PersonaForm } from './PersonaForm';

export function JourneyPanel() {
  const { t } = useTranslation();
  const run = useRun('panel');
  const actions = useMemo(() => journeyActions(run), [run]);
  const title = useDocument((s) => s.journey.title);
  const description = useDocument((s) => s.journey.description);
  const persona = useDocument((s) => s.journey.persona);
  // A persona just added gets the focus in its name, so typing goes there and not to map shortcuts.
  const [added, setAdded] = useState(false);

  return (
    <div className="journey-panel">
      <TextField label={t('journeyPanel.title')} value={title} onChange={actions.setTitle} />
      <TextField
        label={t('journeyPanel.description')}
        multiline
        value={description}
        onChange={actions.setDescription}
      />
      <PanelSection title={t('personaForm.title')}>
        {persona ? (
          <PersonaForm persona={persona} actions={actions} focusName={added} />
        ) : (
          <>
            <p className="panel-empty">{t('personaForm.none')}</p>
            <button
              type="button"
              className="add-button"
              onClick={() => {
                actions.addPersona();
                setAdded(true);
              }}
            >
              + {t('personaForm.add')}
            </button>
          </>
        )}
      </PanelSection>
    </div>
  );
}
