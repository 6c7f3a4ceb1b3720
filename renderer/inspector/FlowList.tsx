/**
 * The flows into and out of the touchpoint, each with its label and a remove button: the
 * keyboard's way to name or remove a flow (flows on the map are not Tab stops, so Tab stays on
 * the cards in journey order).
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocument, useRun } from '../editor/EditorContext';
import { PanelSection } from '../ui/fields';

export function FlowList({ touchpointId }: { touchpointId: string }) {
  const { t } = useTranslation();
  const run = useRun('inspector');
  const flows = useDocument(
    useShallow((s) => s.journey.connections.filter((c) => c.from === touchpointId || c.to === touchpointId)),
  );
  // The titles of the cards at the other ends, by id.
  const titles = useDocument(
    useShallow((s) => {
      const ends = new Set(flows.flatMap((c) => [c.from, c.to]));
      return Object.fromEntries(
        [...s.journey.touchpoints, ...s.journey.steps].filter((tp) => ends.has(tp.id)).map((tp) => [tp.id, tp.title]),
      );
    }),
  );
  const titleOf = (id: string) => titles[id] ?? '';
  return (
    <PanelSection title={t('touchpointForm.flows.title')}>
      {flows.length === 0 && <p className="panel-empty">{t('touchpointForm.flows.none')}</p>}
      <ul className="flow-list">
        {flows.map((flow) => {
          const outgoing = flow.from === touchpointId;
          const where = t(outgoing ? 'touchpointForm.flows.to' : 'touchpointForm.flows.from', {
            title: titleOf(outgoing ? flow.to : flow.from),
          });
          return (
            <li key={flow.id} className="flow-list__item">
              <span className="flow-list__where">
                <span aria-hidden="true">{outgoing ? '→ ' : '← '}</span>
                {where}
              </span>
              <input
                type="text"
                value={flow.label ?? ''}
                aria-label={`${t('touchpointForm.flows.label')}: ${where}`}
                placeholder={t('touchpointForm.flows.label')}
                onChange={(e) => void run('set-connection-label', { connectionId: flow.id, label: e.target.value })}
              />
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`${t('touchpointForm.flows.remove')}: ${where}`}
                title={t('touchpointForm.flows.remove')}
                onClick={() => void run('remove-connection', { connectionId: flow.id })}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}
