/** Who the customer is: name, description, and their goals, needs and expectations as lists. */
import { useTranslation } from 'react-i18next';
import { PERSONA_LISTS } from '../../shared/edit/personaEdits';
import type { Persona } from '../../shared/model';
import { TextField } from '../ui/fields';
import type { JourneyActions } from './journeyActions';
import { PersonaListEditor } from './PersonaListEditor';

interface PersonaFormProps {
  persona: Persona;
  actions: JourneyActions;
  /** The persona was just added: its name field takes the focus. */
  focusName?: boolean;
}

export function PersonaForm({ persona, actions, focusName = false }: PersonaFormProps) {
  const { t } = useTranslation();
  return (
    <div className="persona-form">
      <TextField
        label={t('personaForm.name')}
        value={persona.name}
        onChange={actions.setPersonaName}
        autoFocus={focusName}
      />
      <TextField
        label={t('personaForm.description')}
        multiline
        value={persona.description}
        onChange={actions.setPersonaDescription}
      />
      {PERSONA_LISTS.map((list) => (
        <PersonaListEditor key={list} list={list} items={persona[list]} actions={actions} />
      ))}
      <button type="button" className="danger-button" onClick={actions.removePersona}>
        {t('personaForm.remove')}
      </button>
    </div>
  );
}
