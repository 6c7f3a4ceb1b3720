export {
  renderJourneySvg,
  DEFAULT_FONT_FAMILY,
  MAP_MARGIN,
  type StageRange,
  type MapSvg,
  type MapSvgOptions,
  type MapLayers,
  type MapBands,
  type MapTheme,
} from './renderJourneySvg';
export { DEFAULT_MAP_LABELS, mapLabelsFrom, type MapLabels } from './labels';
export {
  CHANNEL_ICONS,
  GENERIC_CHANNEL_ICON,
  CHANNEL_ICON_GRID,
  channelIconPath,
  channelIconSvg,
} from './channelIcons';
export { escapeXml, stripInvalidXmlChars } from './escapeXml';
export { measureText, wrapText, ellipsize } from './textLayout';
export { MAX_MAP_PARTS, splitStages, renderMapParts, type MapPart } from './mapParts';
