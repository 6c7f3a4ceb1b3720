import { useStore } from 'zustand';
import type { DialogController } from '../store/dialogStore';
import { LazyImportDialog } from '../import/LazyImportDialog';
import { HostWorkshopDialog } from '../workshop/HostWorkshopDialog';
import { JoinWorkshopDialog } from '../workshop/JoinWorkshopDialog';
import { NewFromTemplateDialog } from '../templates/NewFromTemplateDialog';
import { ConflictDialog } from './ConflictDialog';
import { ProblemsDialog } from './ProblemsDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { SaveChangesDialog } from './SaveChangesDialog';
import { SettingsDialog } from './SettingsDialog';
import './dialogs.css';

/** Renders the one open modal dialog, if any; each dialog mounts fresh (keyed by id). */
export function DialogHost({ dialogs }: { dialogs: DialogController }) {
  const dialog = useStore(dialogs.store, (s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'save-changes':
      return <SaveChangesDialog key={dialog.id} dialog={dialog} />;
    case 'problems':
      return <ProblemsDialog key={dialog.id} dialog={dialog} />;
    case 'conflict':
      return <ConflictDialog key={dialog.id} dialog={dialog} />;
    case 'recovery':
      return <RecoveryDialog key={dialog.id} dialog={dialog} />;
    case 'settings':
      return <SettingsDialog key={dialog.id} dialog={dialog} />;
    case 'new-from-template':
      return <NewFromTemplateDialog key={dialog.id} dialog={dialog} />;
    case 'import-preview':
      return <LazyImportDialog key={dialog.id} dialog={dialog} />;
    case 'host-workshop':
      return <HostWorkshopDialog key={dialog.id} dialog={dialog} />;
    case 'join-workshop':
      return <JoinWorkshopDialog key={dialog.id} dialog={dialog} />;
  }
}
