/**
 * The map's SVG, as mapSvgParse.ts reads it, drawn straight into a pdfkit document: the same
 * geometry and the same text (shaped by pdfkit from the same font, so selectable and searchable).
 * A map SVG holding anything the parser does not read comes back from parseMapSvg as null, and
 * the caller draws it with svg-to-pdfkit instead.
 */
import type { End, MapDrawing, Marker, Paint, Shape } from './mapDrawing';

export { parseMapSvg } from './mapSvgParse';
export type { MapDrawing } from './mapDrawing';

export interface MapPdfFonts {
  regular: string;
  bold: string;
}

/** Four cubic Béziers make a quarter circle this well (the constant pdfkit and svg-to-pdfkit use). */
const KAPPA = 4 * ((Math.sqrt(2) - 1) / 3);

function roundedRect(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, rx: number, ry: number) {
  if (rx <= 0 || ry <= 0) return doc.rect(x, y, w, h);
  const [kx, ky] = [rx * (1 - KAPPA), ry * (1 - KAPPA)];
  return doc
    .moveTo(x + rx, y)
    .lineTo(x + w - rx, y)
    .bezierCurveTo(x + w - kx, y, x + w, y + ky, x + w, y + ry)
    .lineTo(x + w, y + h - ry)
    .bezierCurveTo(x + w, y + h - ky, x + w - kx, y + h, x + w - rx, y + h)
    .lineTo(x + rx, y + h)
    .bezierCurveTo(x + kx, y + h, x, y + h - ky, x, y + h - ry)
    .lineTo(x, y + ry)
    .bezierCurveTo(x, y + ky, x + kx, y, x + rx, y)
    .closePath();
}

/** Fills and strokes the path just built, with the shape's paint, in a state of its own. */
function paint(doc: PDFKit.PDFDocument, p: Paint, build: () => void): void {
  const stroke = p.stroke !== null && p.strokeWidth > 0;
  if (p.fill === null && !stroke) return;
  doc.save();
  build();
  if (stroke) {
    doc.lineWidth(p.strokeWidth).lineCap(p.lineCap).lineJoin(p.lineJoin);
    if (p.dash) doc.dash(p.dash[0]!, { space: p.dash[1]! });
    if (p.strokeOpacity < 1) doc.strokeOpacity(p.strokeOpacity);
  }
  if (p.fill !== null && p.fillOpacity < 1) doc.fillOpacity(p.fillOpacity);
  if (p.fill !== null && stroke) doc.fillAndStroke(p.fill, p.stroke!);
  else if (p.fill !== null) doc.fill(p.fill);
  else doc.stroke(p.stroke!);
  doc.restore();
}

function drawShape(doc: PDFKit.PDFDocument, shape: Shape, drawing: MapDrawing, fonts: MapPdfFonts): void {
  switch (shape.kind) {
    case 'push':
      doc.save().translate(shape.transform.x, shape.transform.y).scale(shape.transform.scale);
      return;
    case 'pop':
      doc.restore();
      return;
    case 'rect':
      paint(doc, shape.paint, () => roundedRect(doc, shape.x, shape.y, shape.width, shape.height, shape.rx, shape.ry));
      return;
    case 'circle':
      if (shape.r > 0) paint(doc, shape.paint, () => doc.circle(shape.cx, shape.cy, shape.r));
      return;
    case 'line':
      // A line has no inside to fill.
      paint(doc, { ...shape.paint, fill: null }, () => doc.moveTo(shape.x1, shape.y1).lineTo(shape.x2, shape.y2));
      return;
    case 'polygon': {
      const [x0, y0, ...rest] = shape.points;
      paint(doc, shape.paint, () => {
        doc.moveTo(x0!, y0!);
        for (let i = 0; i < rest.length; i += 2) doc.lineTo(rest[i]!, rest[i + 1]!);
        doc.closePath();
      });
      return;
    }
    case 'path': {
      const { transform } = shape;
      if (transform) doc.save().translate(transform.x, transform.y).scale(transform.scale);
      paint(doc, shape.paint, () => doc.path(shape.d));
      if (transform) doc.restore();
      if (shape.marker && shape.end)
        drawMarker(doc, drawing.markers.get(shape.marker)!, shape.end, shape.paint, drawing, fonts);
      return;
    }
    case 'text': {
      doc
        .font(shape.bold ? fonts.bold : fonts.regular)
        .fontSize(shape.size)
        .fillColor(shape.fill);
      let x = shape.x;
      if (shape.anchor !== 'start') {
        const width = doc.widthOfString(shape.text);
        x -= shape.anchor === 'middle' ? width / 2 : width;
      }
      doc.text(shape.text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
  }
}

/** An orient="auto" marker at a path's end, scaled by its stroke width (markerUnits strokeWidth). */
function drawMarker(
  doc: PDFKit.PDFDocument,
  marker: Marker,
  end: End,
  pathPaint: Paint,
  drawing: MapDrawing,
  fonts: MapPdfFonts,
): void {
  const scale = marker.scale * pathPaint.strokeWidth;
  const [cos, sin] = [Math.cos(end.angle) * scale, Math.sin(end.angle) * scale];
  doc.save().transform(cos, sin, -sin, cos, end.x, end.y).translate(-marker.refX, -marker.refY);
  for (const shape of marker.shapes) drawShape(doc, shape, drawing, fonts);
  doc.restore();
}

/** Draws a parsed map with its origin at the current origin, one SVG unit to one unit. */
export function drawMapSvg(doc: PDFKit.PDFDocument, drawing: MapDrawing, fonts: MapPdfFonts): void {
  for (const shape of drawing.shapes) drawShape(doc, shape, drawing, fonts);
}
