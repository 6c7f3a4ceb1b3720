/**
 * One persona: its name, description, curve colour, and its goals, needs and expectations as
 * lists. A persona just added takes the focus in its name with the name selected, so typing
 * replaces "Persona 2" and never reaches the map's shortcuts.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSONA_LISTS } from '../../shared/edit/personaEdits';
import { personaColor } from '../../shared/layout/personaColors';
import type { Persona } from '../../shared/model';
import { useResolvedTheme } from '../settings/theme';
import { TextField } from '../ui/fields';
import type { PersonaActions } from './personaActions';
import { PersonaListEditor } from './PersonaListEditor';

interface PersonaFormProps {
  persona: Persona;
  /** Its place in the list: the palette colour it gets without one of its own. */
  index: number;
  actions: PersonaActions;
  /** The persona was just added: its name field takes the focus. */
  focusName?: boolean;
}

export function PersonaForm({ persona, index, actions, focusName = false }: PersonaFormProps) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const nameId = useId();
  const colorId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusName) return;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [focusName]);
  const shownName = persona.name.trim() || t('personas.unnamed');
  return (
    <div className="persona-form">
      <div className="field">
        <label htmlFor={nameId}>{t('personaForm.name')}</label>
        <input
          id={nameId}
          ref={nameRef}
          type="text"
          value={persona.name}
          onChange={(e) => actions.setName(e.target.value)}
        />
      </div>
      <TextField
        label={t('personaForm.description')}
        multiline
        value={persona.description}
        onChange={actions.setDescription}
      />
      <div className="field">
        <label htmlFor={colorId}>{t('personas.curveColor')}</label>
        <div className="persona-form__color">
          <input
            id={colorId}
            type="color"
            value={personaColor(persona, index, theme)}
            aria-label={t('personas.color', { name: shownName })}
            title={t('personas.color', { name: shownName })}
            onChange={(e) => actions.setColor(e.target.value)}
          />
          {persona.color && (
            <button type="button" className="link-button" onClick={() => actions.setColor(undefined)}>
              {t('personas.colorAuto', { name: shownName })}
            </button>
          )}
        </div>
      </div>
      {PERSONA_LISTS.map((list) => (
        <PersonaListEditor key={list} list={list} items={persona[list]} actions={actions} />
      ))}
    </div>
  );
}
