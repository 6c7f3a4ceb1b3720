/** The inspector's pain points, opportunities and metrics of a touchpoint. Invalid values never land. */
import { createMetric, createOpportunity, createPainPoint, metricKpiPatch } from '../../shared/edit/annotationDefaults';
import {
  addAnnotation as addAnnotationEdit,
  moveAnnotation as moveAnnotationEdit,
  removeAnnotation as removeAnnotationEdit,
  updateAnnotation as updateAnnotationEdit,
  type Annotation,
  type AnnotationKind,
  type AnnotationPatch,
} from '../../shared/edit/touchpointAnnotations';
import type { KpiId } from '../../shared/model';
import { STEP, defineTargetedCommand, edit, typedField, typing } from './define';

const NEW_ITEM: { [K in AnnotationKind]: () => Annotation<K> } = {
  painPoints: () => createPainPoint(),
  opportunities: () => createOpportunity(),
  metrics: () => createMetric(),
};

/** A new item with defaults, for add-annotation (its caller keeps the id, to focus the new item). */
export const newAnnotation = <K extends AnnotationKind>(kind: K): Annotation<K> => NEW_ITEM[kind]();

/** Fields edited by typing (text, and the numbers of a metric); other changes are a step each. */
const TYPED: { [K in AnnotationKind]: ReadonlySet<string> } = {
  painPoints: new Set(['text', 'evidence']),
  opportunities: new Set(['text', 'owner']),
  metrics: new Set(['label', 'unit', 'baseline', 'current', 'target']),
};

interface ItemTarget {
  touchpointId: string;
  kind: AnnotationKind;
  itemId: string;
}

/** `kind` and `item` agree by construction (newAnnotation(kind)); the edit refuses an item that does not fit. */
export const addAnnotation = defineTargetedCommand({
  id: 'add-annotation',
  perform: (ctx, args: { touchpointId: string; kind: AnnotationKind; item: Annotation<AnnotationKind> }) =>
    edit(addAnnotationEdit(ctx.journey, args.touchpointId, args.kind, args.item as never)),
});

export const updateAnnotation = defineTargetedCommand({
  id: 'update-annotation',
  perform(ctx, args: ItemTarget & { patch: AnnotationPatch<AnnotationKind> }) {
    const field = typedField(args.patch, TYPED[args.kind]);
    return edit(
      updateAnnotationEdit(ctx.journey, args.touchpointId, args.kind, args.itemId, args.patch),
      field ? typing(field, `${args.kind}:${args.itemId}`) : STEP,
    );
  },
});

export const moveAnnotation = defineTargetedCommand({
  id: 'move-annotation',
  perform: (ctx, args: ItemTarget & { offset: -1 | 1 }) =>
    edit(moveAnnotationEdit(ctx.journey, args.touchpointId, args.kind, args.itemId, args.offset)),
});

export const removeAnnotation = defineTargetedCommand({
  id: 'remove-annotation',
  perform: (ctx, args: ItemTarget) =>
    edit(removeAnnotationEdit(ctx.journey, args.touchpointId, args.kind, args.itemId)),
});

/** Another KPI for a metric: its unit and direction follow unless the user had set their own. */
export const changeMetricKpi = defineTargetedCommand({
  id: 'change-metric-kpi',
  perform(ctx, args: { touchpointId: string; metricId: string; kpi: KpiId }) {
    const { journey } = ctx;
    const metric = journey.touchpoints
      .find((t) => t.id === args.touchpointId)
      ?.metrics.find((m) => m.id === args.metricId);
    if (!metric) return false;
    return edit(
      updateAnnotationEdit(journey, args.touchpointId, 'metrics', args.metricId, metricKpiPatch(metric, args.kpi)),
    );
  },
});
