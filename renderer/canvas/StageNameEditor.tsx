import { useTranslation } from 'react-i18next';
import { useRun } from '../editor/EditorContext';

/** A stage's name typed in its lane header, the old name selected so typing replaces it. */
export function StageNameEditor(props: { stageId: string; name: string; onDone(refocus: boolean): void }) {
  const { t } = useTranslation();
  const run = useRun('canvas');
  return (
    <textarea
      className="stage-lane__name stage-lane__name-input nodrag nopan nowheel"
      aria-label={t('stage.rename')}
      autoFocus
      rows={2}
      value={props.name}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) =>
        void run('set-stage-field', { stageId: props.stageId, field: 'name', text: e.target.value.replace(/\n/g, ' ') })
      }
      onBlur={() => props.onDone(false)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          props.onDone(true);
        }
      }}
    />
  );
}
