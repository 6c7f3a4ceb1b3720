/**
 * The workshop's shared timer: a countdown every participant sees, started, restarted and
 * stopped by the facilitator (the minutes field and Start timer, Stop timer).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timer } from '../../shared/workshop';
import type { WorkshopSession } from './workshopSession';

const DEFAULT_MINUTES = 5;

export function WorkshopTimer({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const [timer, setTimer] = useState<Timer | undefined>(() => session.timer());
  const [now, setNow] = useState(() => Date.now());
  const [minutes, setMinutes] = useState(String(DEFAULT_MINUTES));
  const minutesId = useId();

  useEffect(
    () =>
      session.onControlsChange(() => {
        setTimer(session.timer());
        setNow(Date.now());
      }),
    [session],
  );
  // A tick a second while a timer runs.
  useEffect(() => {
    if (!timer) return undefined;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer]);

  const left = timer ? Math.max(0, Math.ceil((timer.endsAt - now) / 1000)) : 0;
  const shown = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  const chosen = Number(minutes);
  const valid = Number.isFinite(chosen) && chosen > 0 && chosen <= 480;

  return (
    <div className="workshop-timer">
      {timer && (
        <p role="timer" aria-live="off" aria-label={t('workshop.timerLabel')}>
          {left > 0 ? t('workshop.timeLeft', { time: shown }) : <strong>{t('workshop.timeUp')}</strong>}
        </p>
      )}
      {session.facilitator && (
        <div className="workshop-timer__controls">
          <label htmlFor={minutesId}>{t('workshop.timerMinutes')}</label>
          <input
            id={minutesId}
            type="number"
            min={1}
            max={480}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <button type="button" disabled={!valid} onClick={() => session.startTimer(chosen * 60)}>
            {t('workshop.startTimer')}
          </button>
          {timer && (
            <button type="button" onClick={() => session.stopTimer()}>
              {t('workshop.stopTimer')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
