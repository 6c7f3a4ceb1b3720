/**
 * Who else is in the workshop: a list of participants with their colour and what they are
 * working on, their selected cards outlined in their colour on the map, and Follow, which shows
 * the followed participant's view on this canvas as they pan and zoom (ViewFollow.tsx).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/createEditor';
import { followStateOf, useFollowed } from './followState';
import type { Participant, WorkshopSession } from './workshopSession';
import { WorkshopTimer } from './WorkshopTimer';
import { WorkshopVote } from './WorkshopVote';

export function Presence({ editor, session }: { editor: Editor; session: WorkshopSession }) {
  const { t } = useTranslation();
  const participants = useParticipants(session);
  const followed = useFollowed(session);
  const setFollowed = followStateOf(session).follow;
  const journey = useSyncExternalStore(editor.document.subscribe, () => editor.document.getState().journey);

  // Announce this participant's selection.
  useEffect(() => {
    session.setPresence('selection', editor.view.getState().selection);
    return editor.view.subscribe((state, previous) => {
      if (state.selection !== previous.selection) session.setPresence('selection', state.selection);
    });
  }, [editor, session]);

  // The followed participant left: following ends, and this participant is told why the view stopped.
  const [followedName, setFollowedName] = useState('');
  const followedHere = participants.some((p) => p.clientId === followed);
  useEffect(() => {
    if (followed === null || followedHere) return;
    followStateOf(session).follow(null);
    editor.view.getState().notify('info', t('workshop.followedLeft', { name: followedName }));
  }, [editor, followed, followedHere, followedName, session, t]);

  // The facilitator's "Bring everyone here": their cards brought into this view.
  useEffect(
    () =>
      session.onGather((gather) => {
        if (gather.ids.length === 0) return;
        editor.commandContext.viewport.current?.reveal(gather.ids);
        editor.view.getState().notify('info', t('workshop.broughtHere', { name: gather.by }));
      }),
    [editor, session, t],
  );
  const ownSelection = useSyncExternalStore(editor.view.subscribe, () => editor.view.getState().selection);

  const titleOf = (id: string) =>
    journey.touchpoints.find((card) => card.id === id)?.title ?? journey.steps.find((card) => card.id === id)?.title;

  return (
    <>
      <style>{outlineRules(participants)}</style>
      <aside className="workshop-presence" aria-label={t('workshop.participants')}>
        <h2>{t('workshop.participants')}</h2>
        <ul>
          {participants.map((participant) => {
            const editing = participant.selection.map(titleOf).find((title) => title !== undefined);
            return (
              <li key={participant.clientId}>
                <span className="workshop-presence__swatch" style={{ background: participant.color }} aria-hidden />
                <span className="workshop-presence__name">{participant.name}</span>
                {editing !== undefined && (
                  <span className="workshop-presence__editing">
                    {t('workshop.editing', { title: editing || t('app.untitled') })}
                  </span>
                )}
                <button
                  type="button"
                  aria-pressed={followed === participant.clientId}
                  onClick={() => {
                    setFollowedName(participant.name);
                    setFollowed(followed === participant.clientId ? null : participant.clientId);
                  }}
                >
                  {followed === participant.clientId
                    ? t('workshop.stopFollowing', { name: participant.name })
                    : t('workshop.follow', { name: participant.name })}
                </button>
              </li>
            );
          })}
        </ul>
        {participants.length === 0 && <p>{t('workshop.alone')}</p>}
        <WorkshopTimer session={session} />
        <WorkshopVote editor={editor} session={session} />
        {session.facilitator && (
          <button
            type="button"
            disabled={ownSelection.length === 0}
            title={t('workshop.bringEveryoneHint')}
            onClick={() => session.gatherEveryone(ownSelection)}
          >
            {t('workshop.bringEveryone')}
          </button>
        )}
      </aside>
    </>
  );
}

function useParticipants(session: WorkshopSession): Participant[] {
  const [participants, setParticipants] = useState(() => session.participants());
  useEffect(() => {
    // Cursors move 20 times a second each; the list changes only with who is here and what they selected.
    let shown = '';
    const update = () => {
      const next = session.participants();
      const key = JSON.stringify(
        next.map(({ clientId, name, color, selection }) => [clientId, name, color, selection]),
      );
      if (key === shown) return;
      shown = key;
      setParticipants(next);
    };
    update();
    return session.onParticipantsChange(update);
  }, [session]);
  return participants;
}

/** Each participant's selected cards outlined in their colour (React Flow marks nodes with data-id). */
function outlineRules(participants: readonly Participant[]): string {
  return participants
    .flatMap((participant) =>
      participant.selection.map(
        (id) =>
          `.react-flow__node[data-id="${cssString(id)}"] { outline: 3px solid ${participant.color}; outline-offset: 3px; }`,
      ),
    )
    .join('\n');
}

/** An id inside a CSS string: quotes, backslashes and line breaks escaped (ids come from other clients). */
function cssString(id: string): string {
  return id.replace(/[\\"\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
}
