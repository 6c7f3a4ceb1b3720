/**
 * Joining a workshop (a join link at page load, or File > Join workshop… in a tab or the desktop
 * window): "Your name" first, then the shared map. A link whose token is missing or malformed,
 * or that the host refuses, shows only that the link is not valid: nothing of the map was
 * received, and the editor is never shown. Leave workshop (or opening, creating or closing a
 * map) ends the session and gives the window back its own maps. In the desktop app the session's
 * socket goes through the app (tunnelWebSocket), as the window may connect to nothing itself.
 */
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './workshop.css';
import { formatProblem } from '../../shared/model/types';
import type { Editor } from '../editor/createEditor';
import type { ParsedLink } from './workshopLink';

// The shell reads the join link with the gate's own chunk, so the editor's start carries neither.
export { parseJoinLink } from './workshopLink';
import { CanvasLayerContext } from '../canvas/CanvasLayer';
import { Cursors } from './Cursors';
import { Presence } from './Presence';
import { ViewFollow } from './ViewFollow';
import { VoteBadges, VoteCount } from './WorkshopVote';
import { ItemAddonContext } from '../ui/ItemAddon';
import { startWorkshopSession, type WorkshopSession, type WorkshopUser } from './workshopSession';
import { leaveWorkshopSession, workshopJoinStore } from '../store/workshopJoinStore';
import { tunnelWebSocket } from './tunnelWebSocket';
import './workshopLeave.css';

const NAME_KEY = 'journey-studio.workshop-name';
/** Participants' colours: distinct on the canvas, each 3:1 or more against white. */
const COLOURS = ['#c2410c', '#0f766e', '#7c3aed', '#b91c1c', '#1d4ed8', '#a16207', '#be185d', '#15803d'];

type Stage = 'name' | 'joining' | 'joined' | 'invalid';

export interface WorkshopGateProps {
  editor: Editor;
  link: Exclude<ParsedLink, { kind: 'none' }>;
  children: ReactNode;
}

export function WorkshopGate({ editor, link, children }: WorkshopGateProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>(link.kind === 'invalid' ? 'invalid' : 'name');
  const [name, setName] = useState(() => readStoredName());
  const [missingName, setMissingName] = useState(false);
  const [user, setUser] = useState<WorkshopUser | null>(null);
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const nameId = useId();
  const errorId = useId();

  // The session lives as long as the gate with this participant: started here, ended on unmount.
  useEffect(() => {
    if (!user || link.kind !== 'link') return undefined;
    let cancelled = false;
    let wentOffline = false;
    const { host } = editor;
    const tunnel = host.openWorkshopSocket
      ? tunnelWebSocket((url, onEvent) => host.openWorkshopSocket!(url, onEvent))
      : undefined;
    const session = startWorkshopSession({
      link: link.link,
      editor,
      user,
      ...(tunnel ? { WebSocketPolyfill: tunnel } : {}),
      onStatus: (status) => {
        if (cancelled) return;
        if (status === 'refused') setStage('invalid');
        else if (status === 'offline') {
          wentOffline = true;
          editor.view.getState().notify('info', t('workshop.offline'));
        } else if (status === 'synced' && wentOffline) {
          wentOffline = false;
          editor.view.getState().notify('info', t('workshop.online'));
        }
      },
      onRefused: (problems) => {
        const [first] = problems;
        if (first && !cancelled)
          editor.view.getState().notify('error', t('workshop.refusedChange', { problem: formatProblem(first) }));
      },
    });
    let unsubscribeLoads: (() => void) | null = null;
    // Ends the session once, whether the gate unmounts or the window leaves the workshop first.
    const end = () => {
      if (cancelled) return;
      cancelled = true;
      unsubscribeLoads?.();
      setSession(null);
      editor.setSharedHistory(null);
      session.destroy();
    };
    workshopJoinStore.setState({ detach: end });
    void session.ready.then(() => {
      if (cancelled || session.status() === 'refused') return;
      // Opening, creating or closing a map replaces the workshop's: the window has left it.
      unsubscribeLoads = editor.subscribe((event) => {
        if (event.history.kind !== 'reset') return;
        leaveWorkshopSession();
        editor.view.getState().notify('info', t('hostWorkshop.join.left'));
      });
      editor.setSharedHistory({
        undo: () => void session.undo(),
        redo: () => void session.redo(),
        canUndo: () => session.canUndo(),
        canRedo: () => session.canRedo(),
        subscribe: (listener) => session.onUndoChange(listener),
      });
      setSession(session);
      setStage('joined');
    });
    return () => {
      end();
      if (workshopJoinStore.getState().detach === end) workshopJoinStore.setState({ detach: null });
    };
  }, [editor, link, user, t]);

  const leave = () => void editor.runner('panel').run('leave-workshop');
  const back = (
    <button type="button" className="workshop-gate__back" onClick={leave}>
      {t('hostWorkshop.join.back')}
    </button>
  );

  if (stage === 'invalid') {
    return (
      <main className="workshop-gate" role="alert">
        <h1>{t('workshop.invalidLink')}</h1>
        <p>{t('workshop.invalidLinkHelp')}</p>
        {back}
      </main>
    );
  }
  if (stage === 'joined' && session) {
    return (
      <>
        <CanvasLayerContext.Provider
          value={
            <>
              <Cursors session={session} />
              <ViewFollow session={session} />
              <VoteBadges editor={editor} session={session} />
            </>
          }
        >
          <ItemAddonContext.Provider value={(id) => <VoteCount editor={editor} session={session} id={id} />}>
            {children}
          </ItemAddonContext.Provider>
        </CanvasLayerContext.Provider>
        <Presence editor={editor} session={session} />
        <button type="button" className="workshop-leave" onClick={leave}>
          {t('hostWorkshop.join.leave')}
        </button>
      </>
    );
  }

  const join = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || link.kind !== 'link') {
      setMissingName(true);
      return;
    }
    storeName(trimmed);
    setStage('joining');
    setUser({ name: trimmed, color: COLOURS[Math.floor(Math.random() * COLOURS.length)] ?? '#1d4ed8' });
  };

  return (
    <main className="workshop-gate">
      <h1>{t('workshop.joinTitle')}</h1>
      <p>{t('workshop.joinIntro')}</p>
      <form onSubmit={join} noValidate>
        <label htmlFor={nameId}>{t('workshop.yourName')}</label>
        <input
          id={nameId}
          value={name}
          maxLength={60}
          autoComplete="nickname"
          autoFocus
          disabled={stage === 'joining'}
          aria-invalid={missingName}
          aria-describedby={missingName ? errorId : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setMissingName(false);
          }}
        />
        <button type="submit" disabled={stage === 'joining'}>
          {t('workshop.join')}
        </button>
        {missingName && (
          <p id={errorId} role="alert">
            {t('workshop.nameRequired')}
          </p>
        )}
        {stage === 'joining' && <p role="status">{t('workshop.connecting')}</p>}
      </form>
      {back}
    </main>
  );
}

function readStoredName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Private windows may refuse storage; the name is then asked again next time.
  }
}
