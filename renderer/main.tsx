import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { createJourney } from '../shared/model';
import { App } from './App';
import { getHost } from './host/getHost';
import { initI18n } from './i18n';
import { createDialogStore } from './store/dialogStore';
import { createEditorStore } from './store/editorStore';

async function start() {
  const i18n = await initI18n();
  const host = getHost();
  const store = createEditorStore(createJourney({ title: i18n.t('app.untitled') }));
  const dialogs = createDialogStore();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} host={host} dialogs={dialogs} />
    </StrictMode>,
  );
}

void start();
