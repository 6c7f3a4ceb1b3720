/** The preload bridge: exposes the typed Host API as window.journeyApi and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import type { Host } from '../../shared/host';
import { IPC, MENU_COMMANDS } from '../../shared/ipc/channels';

const journeyApi: Host = {
  kind: 'electron',
  openFile: () => ipcRenderer.invoke(IPC.openFile),
  saveFile: (ref, text) => ipcRenderer.invoke(IPC.saveFile, ref, text),
  saveFileAs: (text, suggestedName) => ipcRenderer.invoke(IPC.saveFileAs, text, suggestedName),
  getSettings: () => ipcRenderer.invoke(IPC.getSettings),
  setSettings: (patch) => ipcRenderer.invoke(IPC.setSettings, patch),
  onMenuCommand(listener) {
    const wrapped = (_event: unknown, id: unknown) => {
      if (typeof id === 'string' && (MENU_COMMANDS as readonly string[]).includes(id)) listener(id);
    };
    ipcRenderer.on(IPC.menuCommand, wrapped);
    return () => ipcRenderer.removeListener(IPC.menuCommand, wrapped);
  },
};

contextBridge.exposeInMainWorld('journeyApi', journeyApi);
