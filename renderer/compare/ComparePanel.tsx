/**
 * Compare mode's side panel: what changed from the other version to the open map, one CLI
 * sentence per change (shared/versions/sentences.ts), each selecting and revealing its card;
 * Leave compare, and Restore for the backup of the last save. Editing stays on while comparing:
 * the list follows each edit (docs/architecture.md "Compare mode").
 */
import { useTranslation } from 'react-i18next';
import type { CompareEntry, Sentence } from '../../shared/versions';
import { useRun, useView } from '../editor/EditorContext';
import { useCompareView } from '../editor/useCompareView';
import { CompareReportSection } from '../report/CompareReport';
import '../styles/compare.css';

const OP_MARK = { added: '+', removed: '−', changed: '~' } as const;

function SentenceText({ sentence }: { sentence: Sentence }) {
  return (
    <>
      {sentence.map((part, i) =>
        part.mark === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.mark === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function ComparePanel() {
  const { t } = useTranslation();
  const run = useRun('panel');
  const session = useView((s) => s.compare);
  const view = useCompareView();
  if (!session || !view) return null;
  const { summary } = view.diff;
  const select = (entry: CompareEntry) => {
    if (entry.cardId) void run('show-compared-card', { id: entry.cardId });
  };
  return (
    <aside className="compare-panel" aria-label={t('compare.panel.label')}>
      <header className="compare-panel__header">
        <h2>{t('compare.panel.title', { name: session.name })}</h2>
        <p className="compare-panel__summary">{t('compare.panel.summary', summary)}</p>
        <div className="compare-panel__actions">
          {session.source === 'backup' && (
            <button type="button" onClick={() => void run('restore-compared-version')}>
              {t('compare.command.restore')}
            </button>
          )}
          <button type="button" onClick={() => void run('leave-compare')}>
            {t('compare.command.leave')}
          </button>
        </div>
        <p className="compare-panel__explain">{t('compare.panel.explain')}</p>
      </header>
      {view.entries.length === 0 ? (
        <p>{t('compare.panel.none')}</p>
      ) : (
        <ul className="compare-panel__list" aria-label={t('compare.panel.list')}>
          {view.entries.map((entry, i) => (
            <li key={i} className={`compare-change compare-change--${entry.change.op}`}>
              <button
                type="button"
                disabled={!entry.cardId}
                onClick={() => select(entry)}
                title={entry.cardId ? t('compare.panel.select') : undefined}
              >
                <span className="compare-change__op" aria-hidden="true">
                  {OP_MARK[entry.change.op]}
                </span>{' '}
                <SentenceText sentence={entry.sentence} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <CompareReportSection />
    </aside>
  );
}
