/**
 * Fonts for headless exports. The map's text must show Chinese as well as English, so a CJK
 * font that also covers Latin comes first (Noto Sans CJK on Linux, PingFang on macOS,
 * Microsoft YaHei on Windows); a Latin font backs it up for characters it lacks.
 */
import { existsSync } from 'node:fs';

export interface FontFace {
  path: string;
  /** Which face of a collection (.ttc); absent for single-face files. */
  postscriptName?: string;
}

export interface FontPair {
  regular: FontFace;
  /** The regular face again where no bold one exists. */
  bold: FontFace;
}

export interface ExportFonts {
  primary: FontPair;
  fallbacks: FontPair[];
  /** Whether the primary font covers Chinese; when false the export says so. */
  cjk: boolean;
}

const NOTO_DIRS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/opentype/noto-cjk',
];

const PRIMARY_CANDIDATES: FontPair[] = [
  ...NOTO_DIRS.map((dir) => ({
    regular: { path: `${dir}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' },
    bold: { path: `${dir}/NotoSansCJK-Bold.ttc`, postscriptName: 'NotoSansCJKsc-Bold' },
  })),
  {
    regular: { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Regular' },
    bold: { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Semibold' },
  },
  {
    regular: { path: 'C:\\Windows\\Fonts\\msyh.ttc', postscriptName: 'MicrosoftYaHei' },
    bold: { path: 'C:\\Windows\\Fonts\\msyhbd.ttc', postscriptName: 'MicrosoftYaHei-Bold' },
  },
];

const FALLBACK_CANDIDATES: FontPair[] = [
  {
    regular: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
    bold: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  },
  { regular: { path: '/Library/Fonts/Arial Unicode.ttf' }, bold: { path: '/Library/Fonts/Arial Unicode.ttf' } },
  { regular: { path: 'C:\\Windows\\Fonts\\segoeui.ttf' }, bold: { path: 'C:\\Windows\\Fonts\\segoeuib.ttf' } },
];

function available(pair: FontPair): FontPair | null {
  if (!existsSync(pair.regular.path)) return null;
  return existsSync(pair.bold.path) ? pair : { regular: pair.regular, bold: pair.regular };
}

let found: ExportFonts | null | undefined;

/** The fonts found on this machine (looked up once), or null when none of the known ones is there. */
export function findExportFonts(): ExportFonts | null {
  if (found !== undefined) return found;
  const cjk = PRIMARY_CANDIDATES.map(available).find((p) => p !== null) ?? null;
  const latin = FALLBACK_CANDIDATES.map(available).filter((p): p is FontPair => p !== null);
  if (cjk) found = { primary: cjk, fallbacks: latin, cjk: true };
  else if (latin[0]) found = { primary: latin[0], fallbacks: latin.slice(1), cjk: false };
  else found = null;
  return found;
}

export const MISSING_CJK_FONT_NOTICE =
  'No CJK font was found (install Noto Sans CJK, e.g. the fonts-noto-cjk package); Chinese, Japanese and Korean text may not show.';
