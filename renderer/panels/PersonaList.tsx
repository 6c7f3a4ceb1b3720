/**
 * The Journey tab's personas: up to 8, the first the primary one (its ratings are the emotion the
 * cards show). Each row shows the persona's curve colour and name and has move up, move down,
 * make primary and delete; choosing a row opens that persona's form below the list.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personaColor } from '../../shared/layout/personaColors';
import { MAX_PERSONAS } from '../../shared/model/v2/schema';
import { useDocument, useEditor, useRun } from '../editor/EditorContext';
import { useResolvedTheme } from '../settings/theme';
import { PanelSection } from '../ui/fields';
import { personaActions } from './personaActions';
import { PersonaForm } from './PersonaForm';
import '../styles/personas.css';

export function PersonaList() {
  const { t } = useTranslation();
  const editor = useEditor();
  const run = useRun('panel');
  const theme = useResolvedTheme();
  const personas = useDocument((s) => s.journey.personas);
  const [chosenId, setChosenId] = useState<string | null>(null);
  // The persona just added: its name takes the focus.
  const [addedId, setAddedId] = useState<string | null>(null);
  const chosenIndex = Math.max(
    0,
    personas.findIndex((p) => p.id === chosenId),
  );
  const chosen = personas[chosenIndex];
  const actions = useMemo(() => (chosen ? personaActions(run, chosen.id) : null), [run, chosen]);
  const full = personas.length >= MAX_PERSONAS;

  const add = async () => {
    const before = new Set(personas.map((p) => p.id));
    if (!(await run('add-persona'))) return;
    const added = editor.document.getState().journey.personas.find((p) => !before.has(p.id))?.id;
    if (added) {
      setChosenId(added);
      setAddedId(added);
    }
  };

  return (
    <PanelSection title={t('personas.title')}>
      {personas.length === 0 && <p className="panel-empty">{t('personas.none')}</p>}
      {personas.length > 0 && (
        <ul className="persona-rows">
          {personas.map((persona, index) => {
            const name = persona.name.trim() || t('personas.unnamed');
            const row = personaActions(run, persona.id);
            const isChosen = index === chosenIndex;
            return (
              <li key={persona.id} className={`persona-row${isChosen ? ' persona-row--chosen' : ''}`}>
                <button
                  type="button"
                  className="persona-row__pick"
                  aria-pressed={isChosen}
                  onClick={() => setChosenId(persona.id)}
                >
                  <span
                    aria-hidden="true"
                    className="persona-row__swatch"
                    style={{ background: personaColor(persona, index, theme) }}
                  />
                  <span className="persona-row__name">{name}</span>
                  {index === 0 && (
                    <span className="persona-row__badge" title={t('personas.primaryHint')}>
                      {t('personas.primary')}
                    </span>
                  )}
                </button>
                <span className="persona-row__tools">
                  {index > 0 && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('personas.makePrimary', { name })}
                      title={t('personas.makePrimary', { name })}
                      onClick={() => void row.move(0)}
                    >
                      ★
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('personas.moveUp', { name })}
                    title={t('personas.moveUp', { name })}
                    disabled={index === 0}
                    onClick={() => void row.move(index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('personas.moveDown', { name })}
                    title={t('personas.moveDown', { name })}
                    disabled={index === personas.length - 1}
                    onClick={() => void row.move(index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t('personas.delete', { name })}
                    title={t('personas.delete', { name })}
                    onClick={() => void row.remove()}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {full && (
        <p className="field__hint" role="status">
          {t('personas.limit', { max: MAX_PERSONAS })}
        </p>
      )}
      <button type="button" className="add-button" onClick={() => void add()}>
        + {t('personas.add')}
      </button>
      {chosen && actions && (
        <PersonaForm
          key={chosen.id}
          persona={chosen}
          index={chosenIndex}
          actions={actions}
          focusName={addedId === chosen.id}
        />
      )}
    </PanelSection>
  );
}
