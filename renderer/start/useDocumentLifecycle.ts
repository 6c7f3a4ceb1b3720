/**
 * The document's life outside the editor: recovery drafts while editing, the drafts a crash
 * left behind at start, files main asks to open (command line, OS, second launch, Open Recent),
 * dropped files, and the question before the window closes or reloads. App wires it in once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DroppedFile, HostNotice } from '../../shared/host';
import { askToKeepChanges, openDocumentFrom } from '../commands/documentFlow';
import type { CommandContext } from '../commands/types';
import { offerRecovery } from '../recovery/recoverDrafts';
import { autosaverFor } from '../recovery/sessionAutosaver';
import { isDirty } from '../store/editorStore';

export interface DocumentLifecycle {
  /** Opens a file dropped on the window (after the usual unsaved-changes question). */
  openDropped(file: DroppedFile, handle?: Promise<unknown>): void;
}

function noticeText(ctx: CommandContext, notice: HostNotice): string {
  return notice.keptCopy ? ctx.t('settings.reset', { name: notice.keptCopy }) : ctx.t('settings.resetNoCopy');
}

/** File flows (start-up, open requests, drops) run one after another, never interleaved. */
function createFlowQueue() {
  let chain: Promise<unknown> = Promise.resolve();
  return (flow: () => Promise<unknown>) => {
    chain = chain.then(flow).catch(() => undefined);
  };
}

export function useDocumentLifecycle(context: () => CommandContext): DocumentLifecycle {
  const [flows] = useState(createFlowQueue);
  useEffect(() => {
    const ctx = context();
    const { store, host } = ctx;
    const { autosaver, fresh } = autosaverFor(ctx);

    let dirty = isDirty(store.getState());
    host.setDocumentState({ dirty });
    const stopDirty = store.subscribe((state) => {
      if (isDirty(state) !== dirty) host.setDocumentState({ dirty: (dirty = isDirty(state)) });
    });
    const stopClose = host.guardClose({
      isDirty: () => isDirty(store.getState()),
      async confirmClose() {
        const answer = await askToKeepChanges(context());
        if (answer === 'cancel') return false;
        if (answer === 'discard') await autosaver.discard();
        await autosaver.settled();
        return true;
      },
    });
    const stopOpen = host.onOpenRequest((request) =>
      flows(() => openDocumentFrom(context(), () => host.openFileRef(request.ref))),
    );
    // Going away (tab closed, reload): write what the timer was still waiting to write.
    const onPageHide = () => void autosaver.flush();
    window.addEventListener('pagehide', onPageHide);

    if (fresh) {
      flows(async () => {
        const notices = await host.ready().catch(() => []);
        for (const notice of notices) store.getState().notify('info', noticeText(ctx, notice));
        await offerRecovery(context(), autosaver);
      });
    } else {
      // Listening again after the effect re-ran: let main deliver anything that waited meanwhile.
      void host.ready().catch(() => undefined);
    }

    return () => {
      window.removeEventListener('pagehide', onPageHide);
      stopOpen();
      stopClose();
      stopDirty();
    };
  }, [context, flows]);

  return useMemo(
    () => ({
      openDropped(file, handle) {
        flows(() => openDocumentFrom(context(), () => context().host.openDroppedFile(file, handle)));
      },
    }),
    [context, flows],
  );
}
