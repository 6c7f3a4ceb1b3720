import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../shared/host';
import { RecentFileList } from './RecentFileList';
import './start.css';

export interface StartScreenProps {
  host: Host;
  onNew(): void;
  onOpen(): void;
  onOpenRecent(id: string): void;
  /**
   * "New from template" tiles, supplied by the templates feature; the section shows only when
   * given. Each tile should start its document through the same unsaved-changes flow as New.
   */
  templates?: ReactNode;
  /** A link that opens a finished example map, under "what is a journey map" (supplied by the templates feature). */
  sample?: ReactNode;
}

/** Shown when no document is open: at launch and after Close. */
export function StartScreen({ host, onNew, onOpen, onOpenRecent, templates, sample }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="start" role="region" aria-label={t('start.label')}>
      <div className="start__inner">
        <header className="start__header">
          <h1 className="start__name">{t('app.name')}</h1>
          <p className="start__tagline">{t('start.tagline')}</p>
          <div className="start__actions">
            <button type="button" className="button--primary" onClick={onNew}>
              {t('start.newJourney')}
            </button>
            <button type="button" onClick={onOpen}>
              {t('start.open')}
            </button>
          </div>
          <p className="start__hint">{t('start.dropHint')}</p>
        </header>
        {templates && (
          <section className="start__templates" aria-labelledby="start-templates">
            <h2 id="start-templates">{t('start.templatesTitle')}</h2>
            {templates}
          </section>
        )}
        <div className="start__columns">
          <section aria-labelledby="start-recent">
            <h2 id="start-recent">{t('start.recentTitle')}</h2>
            <RecentFileList host={host} onOpen={onOpenRecent} />
          </section>
          <aside className="start__about" aria-labelledby="start-what">
            <h2 id="start-what">{t('start.whatTitle')}</h2>
            <p>{t('start.whatBody')}</p>
            {sample}
          </aside>
        </div>
      </div>
    </div>
  );
}
