#!/usr/bin/env node
/**
 * Draws build/icon.png (1024 × 1024, what electron-builder turns into the macOS .icns, the Windows
 * .ico and the Linux icons) from build/icon.svg. Run it after changing the SVG; both are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('../build/icon.svg', import.meta.url), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1024 } }).render().asPng();
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
