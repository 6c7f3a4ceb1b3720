/**
 * The map's SVG read into drawing operations, which mapSvgPdf.ts draws straight into a pdfkit
 * document. svg-to-pdfkit reads any SVG: it builds a DOM, resolves styles and inheritance for
 * every attribute of every element, measures every path segment and places text glyph by glyph,
 * which was about 1.5 s of a 1,000-card map's PDF. The map SVG (shared/render) and the report's
 * charts are a small, fixed vocabulary: rect, circle, line, path, polygon and one-line text with
 * the colours as attributes, groups that only translate, one arrow marker. This reads exactly
 * that. Anything else (an element, attribute, colour or transform it does not know) makes
 * parseMapSvg return null, and the caller draws that SVG with svg-to-pdfkit, so nothing is ever
 * drawn wrong. The drawing operations are mapDrawing.ts; the attribute values, mapSvgValues.ts.
 */
import type { End, MapDrawing, Marker, Paint, Shape, Transform } from './mapDrawing';
import {
  Unsupported,
  attributes,
  colourOf,
  decode,
  endOf,
  numberOf,
  opacityOf,
  pointsOf,
  refuse,
  transformOf,
} from './mapSvgValues';

const NO_MOVE: Transform = { x: 0, y: 0, scale: 1 };

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"]*")*)\s*(\/?)>|([^<]+)/gy;

/** Attributes every element may carry and that draw nothing. */
const IGNORED = /^(data-[a-z-]+|role|aria-label|id|xmlns)$/;

const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'fill-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
];

/** The attributes each element may have; any other refuses the SVG. */
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set(['width', 'height', 'viewBox', 'font-family']),
  title: new Set(),
  defs: new Set(),
  marker: new Set(['viewBox', 'refX', 'refY', 'markerWidth', 'markerHeight', 'orient']),
  g: new Set(['transform']),
  text: new Set(['x', 'y', 'font-size', 'fill', 'font-weight', 'text-anchor']),
  rect: new Set(['x', 'y', 'width', 'height', 'rx', 'ry', ...PAINT]),
  circle: new Set(['cx', 'cy', 'r', ...PAINT]),
  line: new Set(['x1', 'y1', 'x2', 'y2', ...PAINT]),
  polygon: new Set(['points', ...PAINT]),
  path: new Set(['d', 'transform', 'marker-end', ...PAINT]),
};

function only(element: string, attrs: Map<string, string>): void {
  const allowed = Object.hasOwn(ALLOWED, element) ? ALLOWED[element] : refuse(`element <${element}>`);
  for (const name of attrs.keys()) if (!allowed!.has(name) && !IGNORED.test(name)) refuse(`${element} ${name}`);
}

function paintOf(attrs: Map<string, string>): Paint {
  const cap = attrs.get('stroke-linecap') ?? 'butt';
  const join = attrs.get('stroke-linejoin') ?? 'miter';
  if (cap !== 'butt' && cap !== 'round' && cap !== 'square') refuse(`stroke-linecap ${cap}`);
  if (join !== 'miter' && join !== 'round' && join !== 'bevel') refuse(`stroke-linejoin ${join}`);
  const dashes = attrs.get('stroke-dasharray');
  let dash: number[] | null = null;
  if (dashes !== undefined && dashes !== 'none') {
    dash = dashes
      .trim()
      .split(/[\s,]+/)
      .map((v) => numberOf(v));
    if (dash.some((v) => v < 0)) refuse('a negative dash');
    if (dash.every((v) => v === 0)) dash = null;
    else if (dash.length % 2 === 1) dash = [...dash, ...dash];
  }
  const strokeWidth = numberOf(attrs.get('stroke-width'), 1);
  if (strokeWidth < 0) refuse('a negative stroke width');
  return {
    fill: colourOf(attrs.get('fill'), '#000000'),
    stroke: strokeWidth === 0 ? null : colourOf(attrs.get('stroke'), null),
    strokeWidth,
    strokeOpacity: opacityOf(attrs.get('stroke-opacity')),
    fillOpacity: opacityOf(attrs.get('fill-opacity')),
    lineCap: cap as Paint['lineCap'],
    lineJoin: join as Paint['lineJoin'],
    dash,
  };
}

function shapeOf(name: string, attrs: Map<string, string>): Shape {
  switch (name) {
    case 'rect': {
      only(name, attrs);
      const [width, height] = [numberOf(attrs.get('width')), numberOf(attrs.get('height'))];
      // SVG: a missing rx or ry takes the other's value; each is at most half the side.
      const rxGiven = attrs.has('rx') ? numberOf(attrs.get('rx')) : undefined;
      const ryGiven = attrs.has('ry') ? numberOf(attrs.get('ry')) : undefined;
      const rx = Math.min(Math.max(0, rxGiven ?? ryGiven ?? 0), width / 2);
      const ry = Math.min(Math.max(0, ryGiven ?? rxGiven ?? 0), height / 2);
      return {
        kind: 'rect',
        x: numberOf(attrs.get('x'), 0),
        y: numberOf(attrs.get('y'), 0),
        width,
        height,
        rx,
        ry,
        paint: paintOf(attrs),
      };
    }
    case 'circle':
      only(name, attrs);
      return {
        kind: 'circle',
        cx: numberOf(attrs.get('cx'), 0),
        cy: numberOf(attrs.get('cy'), 0),
        r: numberOf(attrs.get('r')),
        paint: paintOf(attrs),
      };
    case 'line':
      only(name, attrs);
      return {
        kind: 'line',
        x1: numberOf(attrs.get('x1'), 0),
        y1: numberOf(attrs.get('y1'), 0),
        x2: numberOf(attrs.get('x2'), 0),
        y2: numberOf(attrs.get('y2'), 0),
        paint: paintOf(attrs),
      };
    case 'polygon':
      only(name, attrs);
      return { kind: 'polygon', points: pointsOf(attrs.get('points') ?? ''), paint: paintOf(attrs) };
    case 'path': {
      only(name, attrs);
      const d = attrs.get('d') ?? refuse('a path without d');
      if (!/^[MmLlHhVvCcSsQqTtAaZz\d\s.,e+-]*$/.test(d)) refuse('path data');
      const markerRef = attrs.get('marker-end');
      let marker: string | null = null;
      let end: End | null = null;
      if (markerRef !== undefined && markerRef !== 'none') {
        marker = /^url\(#([^)]+)\)$/.exec(markerRef)?.[1] ?? refuse(`marker-end ${markerRef}`);
        end = endOf(d) ?? refuse('a marker on a path whose end direction is not plain');
      }
      const transform = attrs.has('transform') ? transformOf(attrs.get('transform')!) : null;
      if (marker && transform) refuse('a marker on a transformed path');
      return { kind: 'path', d, transform, end, marker, paint: paintOf(attrs) };
    }
    default:
      return refuse(`element <${name}>`);
  }
}

/** The map SVG as drawing operations, or null when it holds anything drawMapSvg does not draw. */
export function parseMapSvg(svg: string): MapDrawing | null {
  try {
    return parse(svg);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function parse(svg: string): MapDrawing {
  const shapes: Shape[] = [];
  const markers = new Map<string, Marker>();
  /** Open elements, innermost last. */
  const open: string[] = [];
  let marker: Marker | null = null;
  let text: {
    x: number;
    y: number;
    size: number;
    bold: boolean;
    anchor: string;
    fill: string;
    content: string;
  } | null = null;
  let rootSeen = false;
  TAG.lastIndex = 0;
  const body = svg.replace(/^\s*(<\?xml[^>]*\?>\s*)?/, '');
  let at = svg.length - body.length;
  while (at < svg.length) {
    TAG.lastIndex = at;
    const match = TAG.exec(svg);
    if (!match) refuse('markup it cannot read');
    at = TAG.lastIndex;
    const [, closing, name, attrSource, selfClosing, content] = match!;
    const parent = open[open.length - 1];
    if (content !== undefined) {
      if (parent === 'text') text!.content += content;
      else if (parent !== 'title' && content.trim() !== '') refuse('text outside <text>');
      continue;
    }
    if (closing) {
      if (open.pop() !== name) refuse(`</${name}> out of place`);
      if (name === 'text') {
        // SVG collapses white space and trims it at the ends (xml:space is never set).
        const { content, ...placed } = text!;
        const words = decode(content).replace(/\s+/g, ' ').trim();
        if (words !== '') shapes.push({ kind: 'text', ...placed, text: words });
        text = null;
      } else if (name === 'g') shapes.push({ kind: 'pop' });
      else if (name === 'marker') marker = null;
      continue;
    }
    const attrs = attributes(attrSource ?? '');
    if (!rootSeen) {
      if (name !== 'svg') refuse('a document that is not an <svg>');
      only('svg', attrs);
      const [width, height] = [numberOf(attrs.get('width')), numberOf(attrs.get('height'))];
      const viewBox = attrs.get('viewBox');
      if (
        viewBox !== undefined &&
        viewBox
          .trim()
          .split(/[\s,]+/)
          .map(Number)
          .join(' ') !== `0 0 ${width} ${height}`
      )
        refuse('a viewBox that scales');
      rootSeen = true;
      open.push(name!);
      continue;
    }
    if (parent === 'text' || parent === 'title') refuse(`<${name}> inside <${parent}>`);
    if (open.length === 0) refuse('content after </svg>');
    const opens = !selfClosing;
    if (name === 'title' || name === 'defs') {
      only(name, attrs);
    } else if (name === 'marker') {
      if (parent !== 'defs') refuse('a marker outside <defs>');
      only(name, attrs);
      if (attrs.get('orient') !== 'auto') refuse('a marker that does not orient itself');
      const [vx, vy, vw, vh] = (attrs.get('viewBox') ?? refuse('a marker without viewBox'))
        .trim()
        .split(/[\s,]+/)
        .map((v) => numberOf(v));
      const [mw, mh] = [numberOf(attrs.get('markerWidth'), 3), numberOf(attrs.get('markerHeight'), 3)];
      // Only a viewBox at the origin with the marker's own proportions: no letterboxing to mimic.
      if (vx !== 0 || vy !== 0 || !(vw! > 0 && vh! > 0) || Math.abs(mw / vw! - mh / vh!) > 1e-9)
        refuse('a marker viewBox');
      marker = {
        refX: numberOf(attrs.get('refX'), 0),
        refY: numberOf(attrs.get('refY'), 0),
        scale: mw / vw!,
        shapes: [],
      };
      markers.set(attrs.get('id') ?? refuse('a marker without id'), marker);
    } else if (name === 'g') {
      if (parent === 'defs' || parent === 'marker') refuse('a group in <defs>');
      only(name, attrs);
      shapes.push({ kind: 'push', transform: attrs.has('transform') ? transformOf(attrs.get('transform')!) : NO_MOVE });
    } else if (name === 'text') {
      if (parent === 'defs' || parent === 'marker') refuse('text in <defs>');
      only(name, attrs);
      const weight = attrs.get('font-weight') ?? '400';
      if (!['400', '700', 'normal', 'bold'].includes(weight)) refuse(`font-weight ${weight}`);
      const anchor = attrs.get('text-anchor') ?? 'start';
      if (!['start', 'middle', 'end'].includes(anchor)) refuse(`text-anchor ${anchor}`);
      text = {
        x: numberOf(attrs.get('x'), 0),
        y: numberOf(attrs.get('y'), 0),
        size: numberOf(attrs.get('font-size')),
        bold: weight === '700' || weight === 'bold',
        anchor,
        fill: colourOf(attrs.get('fill'), '#000000') ?? refuse('text without fill'),
        content: '',
      };
      if (!opens) text = null;
    } else {
      if (parent === 'defs') refuse(`<${name}> in <defs> outside a marker`);
      const shape = shapeOf(name!, attrs);
      if (parent === 'marker') {
        if (shape.kind !== 'path' || shape.marker || shape.transform) refuse('a marker that is not plain paths');
        marker!.shapes.push(shape);
      } else shapes.push(shape);
    }
    if (opens) {
      if (!['title', 'defs', 'marker', 'g', 'text'].includes(name!)) refuse(`<${name}> with content`);
      open.push(name!);
    }
  }
  if (!rootSeen || open.length !== 0) refuse('an unfinished document');
  for (const shape of shapes)
    if (shape.kind === 'path' && shape.marker && !markers.has(shape.marker)) refuse('a marker');
  return { shapes, markers };
}
