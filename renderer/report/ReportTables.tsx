import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/format';
import type { Journey } from '../../shared/model';
import { channelName, kpiName } from '../../shared/model';
import { attachUnit, type Report } from '../../shared/report';

const TOP_PAIN_POINTS = 10;

/** Pain points, channel coverage, KPIs before/after and opportunities, as accessible tables. */
export function ReportTables({ report, journey }: { report: Report; journey: Journey }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null) =>
    v === null ? t('report.missing') : formatNumber(v, i18n.language, { maximumFractionDigits: 2 });
  const touchpoint = (id: string) => journey.touchpoints.find((tp) => tp.id === id);
  const channelLabel = (id: string) =>
    journey.channels?.find((c) => c.id === id)?.name ?? t(`channel.${id}`, { defaultValue: channelName(id) });
  const stages = report.stages;
  const evidence = (touchpointId: string, id: string) =>
    touchpoint(touchpointId)
      ?.painPoints.find((p) => p.id === id)
      ?.evidence?.trim();
  const owner = (touchpointId: string, id: string) =>
    touchpoint(touchpointId)
      ?.opportunities.find((o) => o.id === id)
      ?.owner?.trim();
  const channels = Object.keys(report.channelMatrix);

  return (
    <>
      <section aria-labelledby="report-pains">
        <h3 id="report-pains">{t('report.topPainPoints')}</h3>
        {report.painPoints.length === 0 ? (
          <p className="report-panel__empty">{t('report.noPainPoints')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.painPoints')}</th>
                <th scope="col">{t('report.severity')}</th>
                <th scope="col">{t('report.touchpoint')}</th>
              </tr>
            </thead>
            <tbody>
              {report.painPoints.slice(0, TOP_PAIN_POINTS).map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.text}
                    {evidence(p.touchpointId, p.id) && (
                      <div className="report-table__sub">{evidence(p.touchpointId, p.id)}</div>
                    )}
                  </td>
                  <td className={`report-table__severity report-table__severity--${p.severity}`}>{p.severity}</td>
                  <td>{touchpoint(p.touchpointId)?.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-channels">
        <h3 id="report-channels">{t('report.channelCoverage')}</h3>
        <div className="report-table__scroll">
          <table className="report-table report-table--matrix">
            <thead>
              <tr>
                <th scope="col">{t('report.channel')}</th>
                {stages.map((s) => (
                  <th key={s.id} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c}>
                  <th scope="row">{channelLabel(c)}</th>
                  {stages.map((s) => {
                    const count = report.channelMatrix[c]?.[s.id] ?? 0;
                    return (
                      <td key={s.id} className={count > 0 ? 'report-table__cell--used' : undefined}>
                        {count > 0 ? count : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-kpis">
        <h3 id="report-kpis">{t('report.kpis')}</h3>
        {report.kpis.length === 0 ? (
          <p className="report-panel__empty">{t('report.noKpis')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.kpi')}</th>
                <th scope="col">{t('report.baseline')}</th>
                <th scope="col">{t('report.current')}</th>
                <th scope="col">{t('report.target')}</th>
                <th scope="col">{t('report.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {report.kpis.map((k) => {
                const metric = touchpoint(k.touchpointId)?.metrics.find((m) => m.id === k.metricId);
                const name = metric?.label || t(`kpi.${k.kpi}`, { defaultValue: kpiName(k.kpi) });
                return (
                  <tr key={k.metricId}>
                    <td>
                      {name}
                      <div className="report-table__sub">{touchpoint(k.touchpointId)?.title}</div>
                    </td>
                    <td>{k.baseline === null ? fmt(null) : attachUnit(fmt(k.baseline), k.unit)}</td>
                    <td>{k.current === null ? fmt(null) : attachUnit(fmt(k.current), k.unit)}</td>
                    <td>{k.target === null ? fmt(null) : attachUnit(fmt(k.target), k.unit)}</td>
                    <td>
                      {k.progress === null ? (
                        t('report.missing')
                      ) : (
                        <span className="report-progress">
                          <meter
                            min={0}
                            max={1}
                            value={Math.max(0, Math.min(1, k.progress))}
                            aria-label={t('report.progress')}
                          />
                          {formatNumber(k.progress, i18n.language, { style: 'percent', maximumFractionDigits: 0 })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-opps">
        <h3 id="report-opps">{t('report.opportunities')}</h3>
        {report.opportunities.length === 0 ? (
          <p className="report-panel__empty">{t('report.noOpportunities')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.opportunities')}</th>
                <th scope="col">{t('report.impact')}</th>
                <th scope="col">{t('report.effort')}</th>
                <th scope="col">{t('report.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.opportunities.map((o) => (
                <tr key={o.id}>
                  <td>
                    {o.text}
                    {owner(o.touchpointId, o.id) && (
                      <div className="report-table__sub">
                        {t('report.owner', { owner: owner(o.touchpointId, o.id) })}
                      </div>
                    )}
                  </td>
                  <td>{o.impact}</td>
                  <td>{o.effort}</td>
                  <td>{t(`opportunityStatus.${o.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
