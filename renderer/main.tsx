import './zodWithoutEval';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/theme.css';
import './styles/fonts.css';
import { DEFAULT_SETTINGS } from '../shared/host';
import { createJourney } from '../shared/model';
import { App } from './App';
import { getHost } from './host/getHost';
import { initI18n } from './settings/i18n';
import { applyThemeSetting } from './settings/theme';
import { useStore } from 'zustand';
import { createEditor, type Editor } from './editor/createEditor';
import { workshopJoinStore } from './store/workshopJoinStore';
import type * as WorkshopGateModule from './workshop/WorkshopGate';

async function start() {
  const host = getHost();
  // Language and theme before the first paint: no flash of English or of the light theme.
  const settings = await host.getSettings().catch(() => DEFAULT_SETTINGS);
  applyThemeSetting(settings.theme);
  const i18n = await initI18n(settings.language);
  // One editor for the window's life: React may re-run effects, the editor stays.
  const editor = createEditor({
    host,
    i18n,
    journey: createJourney({ title: i18n.t('app.untitled') }),
    autosave: { intervalMs: settings.draftIntervalSeconds * 1000 },
  });
  editor.view.getState().set({ painBand: settings.painPointsBand, opportunityBand: settings.opportunitiesBand });
  // The benchmark applies remote changes (no UI makes them yet) through the editor: only its
  // build (`vite build --mode bench`, tests/bench) exposes it; other builds drop this line.
  if (import.meta.env.MODE === 'bench')
    (window as unknown as { __journeyEditor: typeof editor }).__journeyEditor = editor;
  // A join link (#join=<token>) opens the workshop it names, after asking the participant's name;
  // the sync engine loads only then, so the editor's own start stays as small as it was.
  if (window.location.hash.includes('join=')) {
    const gate = await loadWorkshopGate();
    if (gate.parseJoinLink(window.location.href).kind !== 'none')
      workshopJoinStore.setState({ address: window.location.href });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Shell editor={editor} />
    </StrictMode>,
  );
}

type GateModule = typeof WorkshopGateModule;
let gateModule: GateModule | null = null;
const loadWorkshopGate = async (): Promise<GateModule> => (gateModule ??= await import('./workshop/WorkshopGate'));

/**
 * The window's own maps, or the workshop it joined (the join gate around the same App): a join
 * link at page load or File > Join workshop… at run time (renderer/store/workshopJoinStore.ts).
 */
function Shell({ editor }: { editor: Editor }) {
  const address = useStore(workshopJoinStore, (state) => state.address);
  const [gate, setGate] = useState(gateModule);
  useEffect(() => {
    if (address !== null && !gate) void loadWorkshopGate().then(setGate);
  }, [address, gate]);
  const join = address !== null && gate ? gate.parseJoinLink(address) : null;
  if (!gate || !join || join.kind === 'none') return <App editor={editor} />;
  return (
    <gate.WorkshopGate key={address} editor={editor} link={join}>
      <App editor={editor} />
    </gate.WorkshopGate>
  );
}

void start();
