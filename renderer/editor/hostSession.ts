/**
 * The document's life outside the editor: the host learns whether there are unsaved changes,
 * asks before the window closes or reloads, and sends files to open (command line, OS, second
 * launch, Open Recent); at start-up, the drafts a crash left behind are offered once.
 */
import type { HostNotice } from '../../shared/host';
import { askToKeepChanges } from '../commands/documentFlow';
import { isDirty } from '../store/documentStore';
import type { Editor } from './createEditor';

function noticeText(editor: Editor, notice: HostNotice): string {
  return notice.keptCopy ? editor.t('settings.reset', { name: notice.keptCopy }) : editor.t('settings.resetNoCopy');
}

/** Offers the drafts of an earlier session: Restore (one of them), Discard, or Later. */
async function offerRecovery(editor: Editor): Promise<void> {
  const { host } = editor;
  const drafts = await host.listDrafts().catch(() => []);
  if (drafts.length === 0) return;
  const draftId = await editor.dialogs.askRecovery({ drafts, discard: (id) => host.deleteDraft(id) });
  if (draftId) await editor.runner('dialog').run('restore-draft', { draftId });
}

/** Connects the editor to its host for as long as the window shows it; returns the disconnection. */
export function connectHost(editor: Editor): () => void {
  const { host, document, autosaver } = editor;
  let dirty = isDirty(document.getState());
  host.setDocumentState({ dirty });
  const stopDirty = document.subscribe((state) => {
    if (isDirty(state) !== dirty) host.setDocumentState({ dirty: (dirty = isDirty(state)) });
  });
  const stopClose = host.guardClose({
    isDirty: () => isDirty(document.getState()),
    async confirmClose() {
      const answer = await askToKeepChanges(editor.commandContext);
      if (answer === 'cancel') return false;
      if (answer === 'discard') await autosaver?.discard();
      await autosaver?.settled();
      return true;
    },
  });
  const opener = editor.runner('host');
  const stopOpen = host.onOpenRequest((request) =>
    editor.enqueue(() => opener.run('open-file', { kind: 'ref', ref: request.ref })),
  );
  // Going away (tab closed, reload): write what the timer was still waiting to write.
  const onPageHide = () => void autosaver?.flush();
  window.addEventListener('pagehide', onPageHide);

  if (editor.claimStartup()) {
    editor.enqueue(async () => {
      const notices = await host.ready().catch(() => []);
      for (const notice of notices) editor.view.getState().notify('info', noticeText(editor, notice));
      await offerRecovery(editor);
    });
  } else {
    // Listening again after React re-ran the effect: let main deliver anything that waited meanwhile.
    void host.ready().catch(() => undefined);
  }

  return () => {
    window.removeEventListener('pagehide', onPageHide);
    stopOpen();
    stopClose();
    stopDirty();
  };
}
