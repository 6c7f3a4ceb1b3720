/**
 * What the touchpoint inspector's controls do, as command runs (tests drive exactly what the
 * form drives). The commands decide the undo steps: typing in one field is one step; adding,
 * moving, removing and choosing are one step each.
 */
import { normalChannelName } from '../../shared/edit/channelEdits';
import type { AnnotationKind, AnnotationPatch } from '../../shared/edit/touchpointAnnotations';
import type { TouchpointFieldPatch } from '../../shared/edit/touchpointFields';
import type { KpiId } from '../../shared/model';
import { newAnnotation } from '../commands/annotationEdits';
import type { Run } from '../commands/registry';

export function touchpointActions(run: Run, touchpointId: string) {
  return {
    setFields(patch: TouchpointFieldPatch) {
      void run('edit-touchpoint', { touchpointId, patch });
    },
    /** The emotion of the primary persona, or of `personaId` (shared/model/emotion.ts); undefined clears it. */
    setEmotion(value: number | undefined, personaId?: string) {
      void run('set-emotion', { touchpointId, value, ...(personaId === undefined ? {} : { personaId }) });
    },
    moveToStage(stageId: string) {
      void run('move-touchpoint-to-stage', { touchpointId, stageId });
    },
    /** Puts the touchpoint on the channel with this name (a new custom one when none has it); false for a blank name. */
    chooseChannelNamed(name: string): boolean {
      if (!normalChannelName(name)) return false;
      void run('choose-channel-named', { touchpointId, name });
      return true;
    },
    /** Adds an item with defaults at the end and returns its id. */
    add(kind: AnnotationKind): string {
      const item = newAnnotation(kind);
      void run('add-annotation', { touchpointId, kind, item });
      return item.id;
    },
    update<K extends AnnotationKind>(kind: K, itemId: string, patch: AnnotationPatch<K>) {
      void run('update-annotation', { touchpointId, kind, itemId, patch });
    },
    move(kind: AnnotationKind, itemId: string, offset: -1 | 1) {
      void run('move-annotation', { touchpointId, kind, itemId, offset });
    },
    remove(kind: AnnotationKind, itemId: string) {
      void run('remove-annotation', { touchpointId, kind, itemId });
    },
    changeMetricKpi(metricId: string, kpi: KpiId) {
      void run('change-metric-kpi', { touchpointId, metricId, kpi });
    },
  };
}

export type TouchpointActions = ReturnType<typeof touchpointActions>;
