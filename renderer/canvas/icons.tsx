/**
 * Channel icons and emotion faces drawn as SVG, with the same geometry as the static exporter
 * (shared/render), so a card on screen and in a PNG look alike and no emoji font is needed.
 */
import { channelIconPath } from '../../shared/render/channelIcons';
import { emotionIndex, EMOTION_COLORS } from '../../shared/layout/tokens';

export function ChannelIcon({ channel, size = 14 }: { channel: string; size?: number }) {
  return (
    <svg className="channel-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path
        d={channelIconPath(channel)}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function EmotionFace({ emotion, size = 20 }: { emotion: number; size?: number }) {
  const r = size / 2;
  const half = r * 0.45;
  const bend = emotion * r * 0.16;
  const mouthY = r + r * 0.35;
  return (
    <svg className="emotion-face" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <circle cx={r} cy={r} r={r} fill={EMOTION_COLORS[emotionIndex(emotion)]} />
      <circle cx={r - r * 0.36} cy={r - r * 0.25} r={Math.max(0.8, r * 0.12)} fill="#1f2937" />
      <circle cx={r + r * 0.36} cy={r - r * 0.25} r={Math.max(0.8, r * 0.12)} fill="#1f2937" />
      <path
        d={`M${r - half} ${mouthY - bend / 2}Q${r} ${mouthY + bend * 1.5} ${r + half} ${mouthY - bend / 2}`}
        fill="none"
        stroke="#1f2937"
        strokeWidth={Math.max(1, r * 0.14)}
        strokeLinecap="round"
      />
    </svg>
  );
}
