/** New pain points, opportunities and metrics, and what changing a metric's KPI implies. */
import { KPIS, type KpiId } from '../model/catalogues';
import { newItemId } from '../model/factory';
import type { Metric, Opportunity, PainPoint } from '../model/types';

/** `fields` may carry an id (a test or an import that must keep one); otherwise a new one is made. */
export function createPainPoint(fields: Partial<PainPoint> = {}): PainPoint {
  return { id: newItemId('painPoint'), text: '', severity: 3, source: 'direct', ...fields };
}

export function createOpportunity(fields: Partial<Opportunity> = {}): Opportunity {
  return { id: newItemId('opportunity'), text: '', impact: 3, effort: 3, status: 'idea', ...fields };
}

/** KPIs where a falling value is the improvement. */
export const LOWER_IS_BETTER_KPIS: ReadonlySet<KpiId> = new Set(['bounce-rate', 'cart-abandonment', 'churn-rate']);

/** The unit a KPI is usually measured in ("%", "score"), or undefined when it has none. */
export function defaultUnit(kpi: KpiId): string | undefined {
  return KPIS.find((k) => k.id === kpi)?.unit || undefined;
}

export function createMetric(kpi: KpiId = 'nps'): Metric {
  const unit = defaultUnit(kpi);
  return {
    id: newItemId('metric'),
    kpi,
    ...(unit ? { unit } : {}),
    higherIsBetter: !LOWER_IS_BETTER_KPIS.has(kpi),
  };
}

/**
 * The patch for switching a metric to another KPI. Unit and direction follow the new KPI
 * unless the user had already set them to something other than the old KPI's defaults.
 */
export function metricKpiPatch(metric: Metric, kpi: KpiId): Partial<Omit<Metric, 'id'>> {
  const patch: Partial<Omit<Metric, 'id'>> = { kpi };
  const oldKpi = metric.kpi;
  if (metric.unit === undefined || metric.unit === '' || metric.unit === defaultUnit(oldKpi)) {
    patch.unit = defaultUnit(kpi);
  }
  if (metric.higherIsBetter === !LOWER_IS_BETTER_KPIS.has(oldKpi)) {
    patch.higherIsBetter = !LOWER_IS_BETTER_KPIS.has(kpi);
  }
  return patch;
}
