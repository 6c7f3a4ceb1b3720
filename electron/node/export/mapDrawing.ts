/** The map SVG as drawing operations: what mapSvgParse.ts reads and mapSvgPdf.ts draws into pdfkit. */

export interface Paint {
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  fillOpacity: number;
  lineCap: 'butt' | 'round' | 'square';
  lineJoin: 'miter' | 'round' | 'bevel';
  dash: number[] | null;
}

export interface Marker {
  refX: number;
  refY: number;
  /** viewBox-to-marker scale per unit of stroke width. */
  scale: number;
  shapes: Shape[];
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; ry: number; paint: Paint }
  | { kind: 'circle'; cx: number; cy: number; r: number; paint: Paint }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; paint: Paint }
  | { kind: 'path'; d: string; transform: Transform | null; end: End | null; marker: string | null; paint: Paint }
  | { kind: 'polygon'; points: number[]; paint: Paint }
  | { kind: 'text'; x: number; y: number; size: number; bold: boolean; anchor: string; text: string; fill: string }
  | { kind: 'push'; transform: Transform }
  | { kind: 'pop' };

export interface Transform {
  x: number;
  y: number;
  scale: number;
}

/** Where a path ends and the direction it ends in (radians), for its end marker. */
export interface End {
  x: number;
  y: number;
  angle: number;
}

export interface MapDrawing {
  shapes: Shape[];
  markers: Map<string, Marker>;
}
