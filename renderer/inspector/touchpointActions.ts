/**
 * What the touchpoint inspector can do to the document, as plain functions over the store so
 * that tests drive exactly what the form drives. Text edits carry a merge key (typing in one
 * field is one undo step); adding, moving, removing and choosing are one step each.
 */
import { createMetric, createOpportunity, createPainPoint, metricKpiPatch } from '../../shared/edit/annotationDefaults';
import { assignChannelByName, normalChannelName } from '../../shared/edit/channelEdits';
import {
  addAnnotation,
  moveAnnotation,
  removeAnnotation,
  updateAnnotation,
  type Annotation,
  type AnnotationKind,
  type AnnotationPatch,
} from '../../shared/edit/touchpointAnnotations';
import { editTouchpoint, editTouchpoints, type TouchpointFieldPatch } from '../../shared/edit/touchpointFields';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import type { KpiId } from '../../shared/model';
import type { EditorState } from '../store/editorStore';

export interface EditorStoreLike {
  getState(): EditorState;
}

const NEW_ITEM: { [K in AnnotationKind]: () => Annotation<K> } = {
  painPoints: () => createPainPoint(),
  opportunities: () => createOpportunity(),
  metrics: () => createMetric(),
};

export function touchpointActions(store: EditorStoreLike, touchpointId: string) {
  const apply = (edit: Parameters<EditorState['applyEdit']>[0], mergeKey?: string) =>
    store.getState().applyEdit(edit, mergeKey === undefined ? undefined : { mergeKey });
  const key = (...parts: string[]) => [touchpointId, ...parts].join(':');

  return {
    /** `typing` names the field when the change comes from typing, so keystrokes merge. */
    setFields(patch: TouchpointFieldPatch, typing?: string) {
      apply((j) => editTouchpoint(j, touchpointId, patch), typing && key(typing));
    },
    moveToStage(stageId: string) {
      apply((j) => editTouchpoint(j, touchpointId, { stageId, position: nextSlotInStage(j, stageId) }));
    },
    /** Puts the touchpoint on the channel with this name, adding a custom channel when none has it. */
    chooseChannelNamed(name: string): boolean {
      if (!normalChannelName(name)) return false;
      apply((j) => assignChannelByName(j, touchpointId, name));
      return true;
    },
    /** Adds an item with defaults at the end and returns its id. */
    add<K extends AnnotationKind>(kind: K): string {
      const item = NEW_ITEM[kind]();
      apply((j) => addAnnotation(j, touchpointId, kind, item));
      return item.id;
    },
    update<K extends AnnotationKind>(kind: K, itemId: string, patch: AnnotationPatch<K>, typing?: string) {
      apply((j) => updateAnnotation(j, touchpointId, kind, itemId, patch), typing && key(kind, itemId, typing));
    },
    move(kind: AnnotationKind, itemId: string, offset: -1 | 1) {
      apply((j) => moveAnnotation(j, touchpointId, kind, itemId, offset));
    },
    remove(kind: AnnotationKind, itemId: string) {
      apply((j) => removeAnnotation(j, touchpointId, kind, itemId));
    },
    changeMetricKpi(metricId: string, kpi: KpiId) {
      apply((j) => {
        const metric = j.touchpoints.find((t) => t.id === touchpointId)?.metrics.find((m) => m.id === metricId);
        return metric ? updateAnnotation(j, touchpointId, 'metrics', metricId, metricKpiPatch(metric, kpi)) : j;
      });
    },
  };
}

export type TouchpointActions = ReturnType<typeof touchpointActions>;

/** Shared tier or channel for a multi-selection: one undo step for all of them. */
export function setFieldsOnSelection(store: EditorStoreLike, ids: readonly string[], patch: TouchpointFieldPatch) {
  store.getState().applyEdit((j) => editTouchpoints(j, ids, patch));
}
