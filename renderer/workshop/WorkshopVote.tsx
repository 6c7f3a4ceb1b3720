/**
 * Dot voting (docs/workshop.md "Dot voting"): the facilitator opens a vote on pain points or
 * opportunities with N dots each and closes it; while it is open every participant places and
 * takes back their dots here, one button per item ("Vote for <pain point>"), with the running
 * count beside it; the cards carry the count as a badge (VoteBadges, in the canvas layer). The
 * dots are the person's (session.voterKey), so a reload keeps them.
 * Loaded with the join gate's chunk, never in the editor's start.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, ViewportPortal } from '@xyflow/react';
import type { JourneyV2 } from '../../shared/model/v2';
import {
  closeVote,
  dotCounts,
  dotsRoot,
  myDots,
  openVote,
  placeDot,
  readControls,
  removeDot,
  type Vote,
  type VoteTarget,
} from '../../shared/workshop';
import type { Editor } from '../editor/createEditor';
import type { WorkshopSession } from './workshopSession';

interface VoteState {
  vote: Vote | undefined;
  counts: Map<string, number>;
  mine: string[];
}

/** The vote as it stands, re-read whenever the vote or anyone's dots change. */
function useVote(session: WorkshopSession): VoteState {
  const read = (): VoteState => ({
    vote: readControls(session.doc)?.vote,
    counts: dotCounts(session.doc),
    mine: myDots(session.doc, session.voterKey),
  });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    update();
    const dots = dotsRoot(session.doc);
    dots.observe(update);
    const stopControls = session.onControlsChange(update);
    return () => {
      dots.unobserve(update);
      stopControls();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read only uses session
  }, [session]);
  return state;
}

export function WorkshopVote({ editor, session }: { editor: Editor; session: WorkshopSession }) {
  const { t } = useTranslation();
  const { vote, counts, mine } = useVote(session);
  const journey = useSyncExternalStore(editor.document.subscribe, () => editor.document.getState().journey);
  const [target, setTarget] = useState<VoteTarget>('painPoints');
  const [dots, setDots] = useState('3');
  const targetId = useId();
  const dotsId = useId();
  const chosen = Number(dots);
  const valid = Number.isInteger(chosen) && chosen >= 1 && chosen <= 20;

  return (
    <section className="workshop-vote" aria-label={t('workshop.vote')}>
      {session.facilitator && !vote && (
        <div className="workshop-vote__controls">
          <label htmlFor={targetId}>{t('workshop.voteOn')}</label>
          <select id={targetId} value={target} onChange={(event) => setTarget(event.target.value as VoteTarget)}>
            <option value="painPoints">{t('workshop.votePainPoints')}</option>
            <option value="opportunities">{t('workshop.voteOpportunities')}</option>
          </select>
          <label htmlFor={dotsId}>{t('workshop.voteDots')}</label>
          <input
            id={dotsId}
            type="number"
            min={1}
            max={20}
            value={dots}
            onChange={(event) => setDots(event.target.value)}
          />
          <button type="button" disabled={!valid} onClick={() => openVote(session.doc, target, chosen, null)}>
            {t('workshop.openVote')}
          </button>
        </div>
      )}
      {vote && (
        <>
          <h2>{t(vote.on === 'painPoints' ? 'workshop.votingPainPoints' : 'workshop.votingOpportunities')}</h2>
          <p role="status">{t('workshop.dotsLeft', { count: vote.dots - mine.length })}</p>
          <ul>
            {votables(journey, vote.on).map(({ id, text }) => {
              const count = counts.get(id) ?? 0;
              const own = mine.filter((dot) => dot === id).length;
              const label = text || t('app.untitled');
              return (
                <li key={id}>
                  <span className="workshop-vote__text">{label}</span>
                  <span className="workshop-vote__count" data-vote-count={id}>
                    {count}
                  </span>
                  <button
                    type="button"
                    disabled={mine.length >= vote.dots}
                    aria-label={t('workshop.voteFor', { text: label })}
                    onClick={() => placeDot(session.doc, session.voterKey, id, null)}
                  >
                    +
                  </button>
                  {own > 0 && (
                    <button
                      type="button"
                      aria-label={t('workshop.unvote', { text: label })}
                      onClick={() => removeDot(session.doc, session.voterKey, id, null)}
                    >
                      −
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {session.facilitator && (
            <button type="button" onClick={() => closeVote(session.doc, null)}>
              {t('workshop.closeVote')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function votables(journey: JourneyV2, on: VoteTarget): { id: string; text: string }[] {
  return journey.touchpoints.flatMap((tp) => tp[on].map((item) => ({ id: item.id, text: item.text })));
}

/** Each card's running count while a vote is open: a small badge on its corner (aria-hidden; the vote list is the accessible form). */
export function VoteBadges({ editor, session }: { editor: Editor; session: WorkshopSession }) {
  const { vote, counts } = useVote(session);
  const journey = useSyncExternalStore(editor.document.subscribe, () => editor.document.getState().journey);
  const nodes = useStore((state) => state.nodeLookup);
  const zoom = useStore((state) => state.transform[2]);
  if (!vote) return null;
  const badges = journey.touchpoints.flatMap(({ id: touchpointId, [vote.on]: items }) => {
    const total = items.reduce((sum, item) => sum + (counts.get(item.id) ?? 0), 0);
    const node = nodes.get(touchpointId);
    if (!node || total === 0) return [];
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 0;
    return [{ touchpointId, total, x: x + width, y }];
  });
  return (
    <ViewportPortal>
      <div className="workshop-vote-badges" aria-hidden>
        {badges.map(({ touchpointId, total, x, y }) => (
          <span
            key={touchpointId}
            className="workshop-vote-badge"
            data-votes-for={touchpointId}
            style={{ transform: `translate(${x}px, ${y}px) translate(-50%, -50%) scale(${1 / zoom})` }}
          >
            {total}
          </span>
        ))}
      </div>
    </ViewportPortal>
  );
}

/** An inspector item's running count while a vote on its kind is open (the ItemAddon slot). */
export function VoteCount({ editor, session, id }: { editor: Editor; session: WorkshopSession; id: string }) {
  const { t } = useTranslation();
  const { vote, counts } = useVote(session);
  const journey = useSyncExternalStore(editor.document.subscribe, () => editor.document.getState().journey);
  if (!vote || !votables(journey, vote.on).some((item) => item.id === id)) return null;
  return (
    <span className="workshop-vote-count" data-inspector-votes={id}>
      {t('workshop.dots', { count: counts.get(id) ?? 0 })}
    </span>
  );
}
