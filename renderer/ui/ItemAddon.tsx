/**
 * What a higher area adds to the header of each item in the inspector's lists (pain points,
 * opportunities, metrics), by the item's id. Outside a live workshop it adds nothing; the
 * workshop's join gate fills it with the running dot-vote counts (renderer/workshop/WorkshopVote.tsx)
 * from its own chunk, so the editor's start carries only this file.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

export const ItemAddonContext = createContext<((id: string) => ReactNode) | null>(null);

export function ItemAddon({ id }: { id: string }) {
  const addon = useContext(ItemAddonContext);
  return <>{addon?.(id)}</>;
}
