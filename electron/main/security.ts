/** Electron's security checklist, applied to every web contents this app creates. */
import { app, session } from 'electron';
import { hardenSession, hardenWebContents } from '../node/securityConfig';

// The settings themselves live in electron/node so tests can read them without Electron.
export { SECURE_WEB_PREFERENCES } from '../node/securityConfig';

export function hardenSessions(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  hardenSession(session.defaultSession);
}
