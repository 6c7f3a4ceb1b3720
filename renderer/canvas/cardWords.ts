/**
 * The words on a touchpoint card, for one language, shared by every card. Cards get them
 * through their node data instead of each calling useTranslation(): no i18next subscription per
 * card, and each sentence is made once per language and value instead of on every card render.
 * A new language is a new object, so every card re-renders in it.
 */
import type { TFunction } from 'i18next';
import { TIERS, type Tier } from '../../shared/model/catalogues';

export interface CardWords {
  tier: Readonly<Record<Tier, string>>;
  momentOfTruth: string;
  emotion(value: number): string;
  painCount(count: number, worst: number): string;
  kpiChip(count: number): string;
}

function remembered<A extends unknown[]>(make: (...args: A) => string): (...args: A) => string {
  const made = new Map<string, string>();
  return (...args) => {
    const key = args.join('|');
    let text = made.get(key);
    if (text === undefined) {
      text = make(...args);
      made.set(key, text);
    }
    return text;
  };
}

export function cardWordsOf(t: TFunction): CardWords {
  return {
    tier: Object.fromEntries(TIERS.map((tier) => [tier, t(`tier.${tier}`)])) as Record<Tier, string>,
    momentOfTruth: t('canvas.momentOfTruth'),
    emotion: remembered((value: number) => t('canvas.emotion', { value })),
    painCount: remembered((count: number, worst: number) => t('canvas.painCount', { count, worst })),
    kpiChip: remembered((count: number) => t('canvas.kpiChip', { count })),
  };
}
