import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DroppedFile } from '../../shared/host';

const carriesFiles = (event: DragEvent) => !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');

/**
 * Dropping a file anywhere on the window opens it (the browser would otherwise navigate to it,
 * and Electron would try to). Shows a hint while a file is dragged over the window.
 */
export function FileDropOverlay({ onDrop }: { onDrop(file: DroppedFile, handle?: Promise<unknown>): void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!event.relatedTarget) setOver(false);
    };
    const onDropEvent = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const item = [...(event.dataTransfer?.items ?? [])].find((i) => i.kind === 'file');
      const file = item?.getAsFile();
      if (!item || !file) return;
      // The handle must be asked for during the event (Chromium); it lets Save write in place.
      const withHandle = item as DataTransferItem & { getAsFileSystemHandle?(): Promise<FileSystemHandle | null> };
      onDrop(file, withHandle.getAsFileSystemHandle?.());
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDropEvent);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDropEvent);
    };
  }, [onDrop]);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__hint">{t('files.dropHint')}</div>
    </div>
  );
}
