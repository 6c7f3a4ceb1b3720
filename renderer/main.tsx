import './zodWithoutEval';
import { StrictMode } from 'react';
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
import { createEditor } from './editor/createEditor';

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
  const workshop = window.location.hash.includes('join=') ? await import('./workshop/WorkshopGate') : null;
  const join = workshop?.parseJoinLink(window.location.href);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {workshop && join && join.kind !== 'none' ? (
        <workshop.WorkshopGate editor={editor} link={join}>
          <App editor={editor} />
        </workshop.WorkshopGate>
      ) : (
        <App editor={editor} />
      )}
    </StrictMode>,
  );
}

void start();
