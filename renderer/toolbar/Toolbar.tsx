import { useTranslation } from 'react-i18next';
import { setJourneyFields } from '../../shared/edit/journeyEdits';
import type { Dispatcher } from '../commands/dispatcher';
import { useEditor, useEditorStoreApi, useHistory } from '../store/EditorContext';
import { isDirty } from '../store/editorStore';

const FILE_COMMANDS = ['new-document', 'open-document', 'save-document', 'save-document-as'] as const;

export function Toolbar({ dispatcher }: { dispatcher: Dispatcher }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const title = useEditor((s) => s.journey.title);
  const dirty = useEditor(isDirty);
  const hasStages = useEditor((s) => s.journey.stages.length > 0);
  const hasTouchpoints = useEditor((s) => s.journey.touchpoints.length > 0);
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  const button = (id: string, enabled = true) => (
    <button key={id} type="button" disabled={!enabled} onClick={() => void dispatcher.run(id, 'toolbar')}>
      {t(`command.${id}`)}
    </button>
  );
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__group">{FILE_COMMANDS.map((id) => button(id))}</div>
      <input
        className="toolbar__title"
        aria-label={t('toolbar.journeyTitle')}
        value={title}
        onChange={(e) =>
          store
            .getState()
            .applyEdit((j) => setJourneyFields(j, { title: e.target.value }), { mergeKey: 'journey:title' })
        }
      />
      {dirty && (
        <span className="toolbar__dirty" role="status" aria-label={t('app.unsavedMark')} title={t('app.unsavedMark')}>
          ●
        </span>
      )}
      <div className="toolbar__group">
        {button('add-stage')}
        {button('add-touchpoint', hasStages)}
      </div>
      <div className="toolbar__group">
        {button('undo', canUndo)}
        {button('redo', canRedo)}
      </div>
      <div className="toolbar__group">
        {button('auto-layout', hasTouchpoints)}
        {button('toggle-report')}
        {button('export')}
        {button('open-palette')}
      </div>
      <button
        type="button"
        className="toolbar__settings"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        onClick={() => void dispatcher.run('open-settings', 'toolbar')}
      >
        ⚙
      </button>
    </header>
  );
}
