/** React Flow's own screen-reader words (controls, handles, keyboard hints) in the UI language. */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

export function flowAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('canvas.a11y.node'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.a11y.nodeMoved', { direction: t(`canvas.a11y.direction.${direction}`), x, y }),
    'edge.a11yDescription.default': t('canvas.a11y.edge'),
    'controls.ariaLabel': t('canvas.a11y.controls'),
    'controls.zoomIn.ariaLabel': t('command.zoom-in'),
    'controls.zoomOut.ariaLabel': t('command.zoom-out'),
    'controls.fitView.ariaLabel': t('command.fit-view'),
    'controls.interactive.ariaLabel': t('canvas.a11y.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.a11y.handle'),
  };
}
