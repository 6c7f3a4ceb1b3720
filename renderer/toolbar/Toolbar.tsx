import { useTranslation } from 'react-i18next';
import type { CommandId } from '../commands/registry';
import { useCanUndo, useDocument, useRun } from '../editor/EditorContext';
import { isDirty } from '../store/documentStore';

const FILE_COMMANDS = ['new-document', 'open-document', 'save-document', 'save-document-as'] as const;

/** The toolbar's buttons run commands that take no arguments. */
type ToolbarCommand = Extract<
  CommandId,
  | (typeof FILE_COMMANDS)[number]
  | 'add-stage'
  | 'add-touchpoint'
  | 'add-step'
  | 'add-lane'
  | 'undo'
  | 'redo'
  | 'auto-layout'
  | 'toggle-report'
  | 'export'
  | 'open-palette'
>;

export function Toolbar() {
  const { t } = useTranslation();
  const run = useRun('toolbar');
  const title = useDocument((s) => s.journey.title);
  const dirty = useDocument(isDirty);
  const hasStages = useDocument((s) => s.journey.stages.length > 0);
  const hasTouchpoints = useDocument((s) => s.journey.touchpoints.length + s.journey.steps.length > 0);
  const canUndo = useCanUndo('undo');
  const canRedo = useCanUndo('redo');
  const button = (id: ToolbarCommand, enabled = true) => (
    <button key={id} type="button" disabled={!enabled} onClick={() => void run(id)}>
      {t(`command.${id}`)}
    </button>
  );
  /** A button shown as a symbol, so the toolbar fits one row on a 1280 px projector; named and titled in words. */
  const symbolButton = (id: ToolbarCommand, symbol: string, enabled = true) => (
    <button
      key={id}
      type="button"
      className="toolbar__symbol"
      disabled={!enabled}
      aria-label={t(`command.${id}`)}
      title={t(`command.${id}`)}
      onClick={() => void run(id)}
    >
      {symbol}
    </button>
  );
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__group">{FILE_COMMANDS.map((id) => button(id))}</div>
      <input
        className="toolbar__title"
        aria-label={t('toolbar.journeyTitle')}
        value={title}
        onChange={(e) => void run('set-journey-field', { field: 'title', text: e.target.value })}
      />
      {dirty && (
        <span className="toolbar__dirty" role="status" aria-label={t('app.unsavedMark')} title={t('app.unsavedMark')}>
          ●
        </span>
      )}
      <div className="toolbar__group">
        {button('add-stage')}
        {button('add-touchpoint', hasStages)}
        {symbolButton('add-step', '▭+', hasStages)}
        {symbolButton('add-lane', '☰+')}
      </div>
      <div className="toolbar__group">
        {symbolButton('undo', '↶', canUndo)}
        {symbolButton('redo', '↷', canRedo)}
      </div>
      <div className="toolbar__group">
        {button('auto-layout', hasTouchpoints)}
        {button('toggle-report')}
        {button('export')}
        {symbolButton('open-palette', '⋯')}
      </div>
      <button
        type="button"
        className="toolbar__settings"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        onClick={() => void run('open-settings')}
      >
        ⚙
      </button>
    </header>
  );
}
