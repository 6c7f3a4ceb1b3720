/**
 * The report's side of compare mode: each persona's average emotion and every KPI that changed,
 * from the other version to the open map (shared/versions/compareView.ts). Shown under compare
 * mode's change list, and at the top of the CX report while comparing.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/format';
import type { Journey } from '../../shared/model';
import type { CompareView, MetricChange } from '../../shared/versions';
import { useDocument, useView } from '../editor/EditorContext';
import { useCompareView } from '../editor/useCompareView';
import { catalogueLabels } from '../ui/catalogueLabels';

type Metric = NonNullable<MetricChange['after']>;

/** The section for the compare mode on screen; nothing outside compare mode. */
export function CompareReportSection() {
  const view = useCompareView();
  const other = useView((s) => s.compare?.other ?? null);
  const journey = useDocument((s) => s.journey);
  return view && other ? <CompareReport view={view} journey={journey} other={other} /> : null;
}

function CompareReport({ view, journey, other }: { view: CompareView; journey: Journey; other: Journey }) {
  const { t, i18n } = useTranslation();
  const labels = catalogueLabels(t);
  const number = (value: number | undefined) =>
    value === undefined ? t('compare.report.none') : formatNumber(value, i18n.language, { maximumFractionDigits: 2 });
  const personaName = (id: string) =>
    journey.personas.find((p) => p.id === id)?.name ?? other.personas.find((p) => p.id === id)?.name ?? id;
  const cardTitle = (id: string) =>
    journey.touchpoints.find((tp) => tp.id === id)?.title ?? other.touchpoints.find((tp) => tp.id === id)?.title ?? id;
  const values = (metric: Metric | undefined) =>
    metric
      ? t('compare.report.values', {
          baseline: number(metric.baseline),
          current: number(metric.current),
          target: number(metric.target),
        })
      : t('compare.report.none');
  const averages = view.averages.filter((a) => a.before !== a.after);
  return (
    <section className="compare-report" aria-labelledby="compare-report-title">
      <h3 id="compare-report-title">{t('compare.report.title')}</h3>
      <h4 id="compare-report-emotion">{t('compare.report.emotion')}</h4>
      {averages.length === 0 ? (
        <p>{t('compare.report.noEmotionChange')}</p>
      ) : (
        <table aria-labelledby="compare-report-emotion">
          <thead>
            <tr>
              <th scope="col">{t('compare.report.persona')}</th>
              <th scope="col">{t('compare.report.before')}</th>
              <th scope="col">{t('compare.report.after')}</th>
            </tr>
          </thead>
          <tbody>
            {averages.map((a) => (
              <tr key={a.personaId}>
                <th scope="row">{personaName(a.personaId)}</th>
                <td>{number(a.before)}</td>
                <td>{number(a.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 id="compare-report-kpi">{t('compare.report.kpi')}</h4>
      {view.metrics.length === 0 ? (
        <p>{t('compare.report.noKpiChange')}</p>
      ) : (
        <table aria-labelledby="compare-report-kpi">
          <thead>
            <tr>
              <th scope="col">{t('compare.report.metric')}</th>
              <th scope="col">{t('compare.report.before')}</th>
              <th scope="col">{t('compare.report.after')}</th>
            </tr>
          </thead>
          <tbody>
            {view.metrics.map((m) => {
              const metric = (m.after ?? m.before)!;
              return (
                <tr key={m.metricId}>
                  <th scope="row">
                    {metric.label || labels.kpi(metric.kpi)} · {cardTitle(m.touchpointId)}
                  </th>
                  <td>{values(m.before)}</td>
                  <td>{values(m.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
