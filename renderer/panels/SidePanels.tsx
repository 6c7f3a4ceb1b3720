/**
 * The right sidebar: Touchpoint, Journey and Stages tabs (WAI-ARIA tabs: arrow keys, Home and
 * End move between tabs). Selecting a touchpoint on the canvas brings the Touchpoint tab forward.
 * Only the active panel is rendered, so hidden forms never answer to a role query or a Tab key.
 * Collapsed, only the tabs stay, as a narrow rail: by default while no touchpoint is selected,
 * or when the user hid the panel (its button, or the toggle key); choosing a tab opens it.
 */
import { useEffect, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Inspector } from '../inspector/Inspector';
import { isSidePanelShown } from '../commands/sidePanel';
import { useDocument, useEditor, useRun, useView } from '../editor/EditorContext';
import { JourneyPanel } from './JourneyPanel';
import { StagesPanel } from './StagesPanel';
import '../styles/panels.css';

const TABS = ['touchpoint', 'journey', 'stages'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, ComponentType> = {
  touchpoint: Inspector,
  journey: JourneyPanel,
  stages: StagesPanel,
};

export function SidePanels() {
  const { t } = useTranslation();
  const editor = useEditor();
  const [active, setActive] = useState<Tab>('touchpoint');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const baseId = useId();
  const run = useRun('panel');
  const mode = useView((s) => s.sidePanel);
  const selection = useView((s) => s.selection);
  const touchpointSelected = useDocument((s) => {
    if (selection.length === 0) return false;
    const ids = new Set(selection);
    return s.journey.touchpoints.some((tp) => ids.has(tp.id)) || s.journey.steps.some((st) => ids.has(st.id));
  });
  const shown = isSidePanelShown(mode, touchpointSelected);
  /** A tab the user chose: it shows, opening the panel if it was collapsed. */
  const choose = (tab: Tab) => {
    setActive(tab);
    if (!shown) editor.view.getState().set({ sidePanel: 'open' });
  };

  useEffect(
    () =>
      editor.view.subscribe((state, previous) => {
        if (state.selection === previous.selection) return;
        const ids = new Set(state.selection);
        if (editor.document.getState().journey.touchpoints.some((tp) => ids.has(tp.id))) setActive('touchpoint');
      }),
    [editor],
  );
  // A click on a card that is already selected changes no selection, but the user still wants to see it.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__node-touchpoint')) {
        setActive('touchpoint');
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(active);
    const next = {
      ArrowRight: TABS[(index + 1) % TABS.length],
      ArrowLeft: TABS[(index + TABS.length - 1) % TABS.length],
      Home: TABS[0],
      End: TABS[TABS.length - 1],
    }[event.key];
    if (!next) return;
    // The arrows belong to the tabs here, not to canvas shortcuts such as nudging.
    event.preventDefault();
    event.stopPropagation();
    choose(next);
    tabRefs.current[next]?.focus();
  };

  const Panel = PANELS[active];
  const toggleLabel = shown ? t('panels.collapse') : t('panels.expand');
  return (
    <aside className={`side-panels${shown ? '' : ' side-panels--collapsed'}`} aria-label={t('panels.label')}>
      <div
        className="side-panels__tabs"
        role="tablist"
        aria-label={t('panels.tabs')}
        aria-orientation={shown ? 'horizontal' : 'vertical'}
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab}-tab`}
            aria-selected={shown && tab === active}
            aria-controls={shown && tab === active ? `${baseId}-${tab}-panel` : undefined}
            tabIndex={tab === active ? 0 : -1}
            className="side-panels__tab"
            onClick={() => choose(tab)}
          >
            {t(`panels.tab.${tab}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="side-panels__toggle icon-button"
        aria-label={toggleLabel}
        title={toggleLabel}
        aria-expanded={shown}
        onClick={() => void run('toggle-side-panel')}
      >
        {shown ? '⇥' : '⇤'}
      </button>
      {shown && (
        <div
          className="side-panels__panel"
          role="tabpanel"
          id={`${baseId}-${active}-panel`}
          aria-labelledby={`${baseId}-${active}-tab`}
          tabIndex={0}
        >
          <Panel />
        </div>
      )}
    </aside>
  );
}
