/** The words drawn into an exported map, in the UI language (users' own text is never translated). */
import type { TFunction } from 'i18next';
import { mapLabelsFrom, type MapLabels } from '../../shared/render';

export function mapLabels(t: TFunction): MapLabels {
  return mapLabelsFrom((key, values) => t(key, values ?? {}));
}
