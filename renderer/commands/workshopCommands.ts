/**
 * File > Host workshop…, Join workshop… and Leave workshop (docs/workshop.md "Hosting from the
 * desktop app", "Joining from the desktop app"). Hosting runs in the desktop app's main process,
 * so it is there only when the host offers it. Joining replaces the window's map with the
 * workshop's, in place: the link is never loaded as a page. The desktop window reaches the host
 * through the app (Host.openWorkshopSocket); a browser tab reaches only the host it was loaded
 * from, so a link to another host is opened as that host's page.
 */
import { enterWorkshop, inWorkshop, leaveWorkshopSession } from '../store/workshopJoinStore';
import { blankJourney, confirmLeaveDocument, loadUnsaved } from './documentFlow';
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
    // The window's own map goes: its unsaved changes are asked about first (a workshop's map stays with its host).
    if (!inWorkshop() && !(await confirmLeaveDocument(ctx))) return false;
    const tunnelled = ctx.host.openWorkshopSocket !== undefined;
    // The desktop window never loads a remote page; its preload always offers the tunnel.
    if (!tunnelled && ctx.host.kind === 'electron') return false;
    if (!tunnelled && new URL(link).origin !== window.location.origin) {
      window.location.assign(link);
      return false;
    }
    // The browser keeps the link in its address, so a reload joins again.
    if (!tunnelled) window.history.replaceState(null, '', link);
    leaveWorkshopSession();
    // A map of no file until the workshop's arrives: nothing of the workshop can be saved over a file.
    return { ...loadUnsaved(blankJourney(ctx)), afterwards: () => enterWorkshop(link) };
  },
});

export const leaveWorkshop = defineCommand({
  id: 'leave-workshop',
  labelKey: 'hostWorkshop.join.leave',
  whileTyping: true,
  isEnabled: () => inWorkshop(),
  perform(ctx): CommandOutcome {
    if (!inWorkshop()) return false;
    // The session ends first, so the start screen's blank map never reaches the shared one.
    leaveWorkshopSession();
    if (ctx.host.openWorkshopSocket === undefined && window.location.hash.includes('join='))
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    ctx.notify('info', ctx.t('hostWorkshop.join.left'));
    return loadUnsaved(blankJourney(ctx), true);
  },
});
