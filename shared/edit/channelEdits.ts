/** Pure edits of the journey's custom channels (docs/format.md: `channels`, beside the built-in list). */
import { BUILT_IN_CHANNELS } from '../model/catalogues';
import { newItemId } from '../model/factory';
import type { CustomChannel, Journey } from '../model/types';
import { editTouchpoint } from './touchpointFields';

export const normalChannelName = (name: string) => name.trim().replace(/\s+/g, ' ');

/** The id of a built-in or custom channel with this name or id (ignoring case and spacing), if any. */
export function findChannelByName(journey: Journey, name: string): string | undefined {
  const wanted = normalChannelName(name).toLocaleLowerCase();
  if (!wanted) return undefined;
  const all = [...BUILT_IN_CHANNELS, ...(journey.channels ?? [])];
  return all.find(
    (c) => c.id.toLocaleLowerCase() === wanted || normalChannelName(c.name).toLocaleLowerCase() === wanted,
  )?.id;
}

export function createCustomChannel(name: string): CustomChannel {
  return { id: newItemId('channel'), name: normalChannelName(name) };
}

/** Adds a custom channel. Refused for a blank name or an id that is already used. */
export function addCustomChannel(journey: Journey, channel: CustomChannel): Journey {
  const name = normalChannelName(channel.name);
  if (!name || findChannelByName(journey, channel.id)) return journey;
  return { ...journey, channels: [...(journey.channels ?? []), { ...channel, name }] };
}

/**
 * Puts a touchpoint on the channel called `name`: an existing channel of that name is reused
 * (no duplicates), otherwise `newChannel` (carrying that name) is added first. One change.
 */
export function assignChannelByName(
  journey: Journey,
  touchpointId: string,
  name: string,
  newChannel: CustomChannel = createCustomChannel(name),
): Journey {
  if (!journey.touchpoints.some((t) => t.id === touchpointId)) return journey;
  const existing = findChannelByName(journey, name);
  if (existing) return editTouchpoint(journey, touchpointId, { channel: existing });
  const withChannel = addCustomChannel(journey, newChannel);
  if (withChannel === journey) return journey;
  return editTouchpoint(withChannel, touchpointId, { channel: newChannel.id });
}
