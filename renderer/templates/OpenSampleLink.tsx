import { useTranslation } from 'react-i18next';
import { SAMPLE_TEMPLATE_ID } from '../commands/startFromTemplate';
import { useRun } from '../editor/EditorContext';
import './templates.css';

/** The start screen's link for first-time users: a finished example map to look around in. */
export function OpenSampleLink() {
  const { t } = useTranslation();
  const run = useRun('start-screen');
  return (
    <button
      type="button"
      className="link-button start__sample"
      onClick={() => void run('start-from-template', { templateId: SAMPLE_TEMPLATE_ID })}
    >
      {t('newFromTemplate.openSample')}
    </button>
  );
}
