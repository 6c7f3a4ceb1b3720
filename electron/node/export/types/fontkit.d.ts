/** The part of fontkit 2 (a pdfkit dependency) that map exports use; fontkit ships no types. */
declare module 'fontkit' {
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  export interface GlyphPath {
    commands: PathCommand[];
    toSVG(): string;
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: GlyphPath;
  }
  export interface Font {
    type: string;
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function openSync(path: string, postscriptName?: string): Font | FontCollection;
}
