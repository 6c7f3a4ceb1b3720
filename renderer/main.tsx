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
import { initI18n } from './i18n';
import { applyThemeSetting } from './settings/theme';
import { createDialogStore } from './store/dialogStore';
import { createEditorStore } from './store/editorStore';

async function start() {
  const host = getHost();
  // Language and theme before the first paint: no flash of English or of the light theme.
  const settings = await host.getSettings().catch(() => DEFAULT_SETTINGS);
  applyThemeSetting(settings.theme);
  const i18n = await initI18n(settings.language);
  const store = createEditorStore(createJourney({ title: i18n.t('app.untitled') }));
  const dialogs = createDialogStore();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} host={host} dialogs={dialogs} />
    </StrictMode>,
  );
}

void start();
