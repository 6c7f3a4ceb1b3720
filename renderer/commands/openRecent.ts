/** Opening a file from the recent list (start screen). Not a palette command: it needs the entry. */
import { openDocumentFrom } from './documentFlow';
import type { CommandContext } from './types';

export function openRecentFile(ctx: CommandContext, recentId: string): Promise<boolean> {
  return openDocumentFrom(ctx, () => ctx.host.openRecentFile(recentId));
}
