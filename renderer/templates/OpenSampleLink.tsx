import { useTranslation } from 'react-i18next';
import type { CommandContext } from '../commands/types';
import { SAMPLE_TEMPLATE_ID, startFromTemplate } from './startFromTemplate';
import './templates.css';

/** The start screen's link for first-time users: a finished example map to look around in. */
export function OpenSampleLink({ context }: { context: () => CommandContext }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link-button start__sample"
      onClick={() => void startFromTemplate(context(), SAMPLE_TEMPLATE_ID)}
    >
      {t('newFromTemplate.openSample')}
    </button>
  );
}
