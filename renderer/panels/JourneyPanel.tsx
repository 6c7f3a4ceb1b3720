/** The Journey tab: the journey's title and description, and the persona it is mapped for. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../store/EditorContext';
import { PanelSection, TextField } from './fields';
import { journeyActions } from './journeyActions';
import { PersonaForm } from './PersonaForm';

export function JourneyPanel() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const actions = useMemo(() => journeyActions(store), [store]);
  const title = useEditor((s) => s.journey.title);
  const description = useEditor((s) => s.journey.description);
  const persona = useEditor((s) => s.journey.persona);

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
          <PersonaForm persona={persona} actions={actions} />
        ) : (
          <>
            <p className="panel-empty">{t('personaForm.none')}</p>
            <button type="button" className="add-button" onClick={actions.addPersona}>
              + {t('personaForm.add')}
            </button>
          </>
        )}
      </PanelSection>
    </div>
  );
}
