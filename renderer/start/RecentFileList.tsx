import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host, RecentFile } from '../../shared/host';
import { formatDate } from '../../shared/i18n/format';

/** The recent-files list of the start screen: open one, or remove one (a missing file especially). */
export function RecentFileList({ host, onOpen }: { host: Host; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const [files, setFiles] = useState<RecentFile[] | null>(null);
  const refresh = useCallback(() => {
    host.listRecentFiles().then(setFiles, () => setFiles([]));
  }, [host]);
  useEffect(refresh, [refresh]);
  const remove = async (id: string) => setFiles(await host.removeRecentFile(id));

  if (files === null) return null;
  if (files.length === 0) return <p className="start__empty">{t('start.noRecent')}</p>;
  return (
    <ul className="recent" aria-label={t('start.recentTitle')}>
      {files.map((file) => {
        const title = file.title || file.name;
        return (
          <li key={file.id} className={file.missing ? 'recent__item recent__item--missing' : 'recent__item'}>
            <button
              type="button"
              className="recent__open"
              disabled={file.missing}
              aria-label={t('start.openLabel', { name: title })}
              title={file.missing ? t('start.missingHint') : undefined}
              onClick={() => onOpen(file.id)}
            >
              <span className="recent__title">{title}</span>
              <span className="recent__meta">
                {file.name}
                {file.location ? ` · ${file.location}` : ''}
              </span>
              <span className="recent__meta">
                {t('start.openedAt', { time: formatDate(file.openedAt, i18n.language) })}
              </span>
            </button>
            {file.missing && (
              <span className="recent__missing" title={t('start.missingHint')}>
                {t('start.missing')}
              </span>
            )}
            <button
              type="button"
              className="recent__remove"
              aria-label={t('start.removeLabel', { name: title })}
              onClick={() => void remove(file.id)}
            >
              {t('start.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
