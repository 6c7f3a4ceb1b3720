/**
 * The right sidebar: Touchpoint, Journey and Stages tabs (WAI-ARIA tabs: arrow keys, Home and
 * End move between tabs). Selecting a touchpoint on the canvas brings the Touchpoint tab forward.
 * Only the active panel is rendered, so hidden forms never answer to a role query or a Tab key.
 */
import { useEffect, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Inspector } from '../inspector/Inspector';
import { useEditor } from '../editor/EditorContext';
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
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  const Panel = PANELS[active];
  return (
    <aside className="side-panels" aria-label={t('panels.label')}>
      <div className="side-panels__tabs" role="tablist" aria-label={t('panels.tabs')} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab}-tab`}
            aria-selected={tab === active}
            aria-controls={tab === active ? `${baseId}-${tab}-panel` : undefined}
            tabIndex={tab === active ? 0 : -1}
            className="side-panels__tab"
            onClick={() => setActive(tab)}
          >
            {t(`panels.tab.${tab}`)}
          </button>
        ))}
      </div>
      <div
        className="side-panels__panel"
        role="tabpanel"
        id={`${baseId}-${active}-panel`}
        aria-labelledby={`${baseId}-${active}-tab`}
        tabIndex={0}
      >
        <Panel />
      </div>
    </aside>
  );
}
