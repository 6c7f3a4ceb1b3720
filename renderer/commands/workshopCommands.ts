/**
 * File > Host workshop… and Join workshop… (docs/workshop.md "Hosting from the desktop app").
 * Hosting runs in the desktop app's main process, so it is there only when the host offers it;
 * joining works everywhere: the browser build goes to the link; the desktop app, which never
 * hands URLs to the operating system (tests/unit/security), copies it for the user's browser and
 * keeps its own map in the window.
 */
import { confirmLeaveDocument } from './documentFlow';
import { defineCommand } from './define';
import type { CommandOutcome } from './types';

export const hostWorkshop = defineCommand({
  id: 'host-workshop',
  labelKey: 'hostWorkshop.command',
  whileTyping: true,
  isEnabled: (ctx) => ctx.host.hostWorkshop !== undefined,
  async perform(ctx): Promise<CommandOutcome> {
    await ctx.dialogs.hostWorkshop({
      host: ctx.host,
      fileRef: ctx.file?.ref ?? null,
      fileName: ctx.file?.name ?? null,
      dirty: ctx.dirty,
    });
    return false;
  },
});

export const joinWorkshop = defineCommand({
  id: 'join-workshop',
  labelKey: 'hostWorkshop.join.command',
  whileTyping: true,
  async perform(ctx): Promise<CommandOutcome> {
    const link = await ctx.dialogs.askJoinLink();
    if (link === null) return false;
    if (ctx.host.kind === 'electron') {
      const copied = await navigator.clipboard.writeText(link).then(
        () => true,
        () => false,
      );
      ctx.notify(
        'info',
        copied ? ctx.t('hostWorkshop.join.copiedForBrowser') : ctx.t('hostWorkshop.join.openInBrowser', { link }),
      );
      return false;
    }
    // The browser build joins in this tab: the open map's unsaved changes are asked about first.
    if (!(await confirmLeaveDocument(ctx))) return false;
    const target = new URL(link);
    const here = new URL(window.location.href);
    window.location.assign(link);
    // Only the fragment changed (this page is the host's own editor): a hash change loads nothing.
    if (target.origin === here.origin && target.pathname === here.pathname && target.search === here.search)
      window.location.reload();
    return false;
  },
});
