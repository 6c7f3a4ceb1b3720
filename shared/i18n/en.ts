/**
 * English UI strings, one module per area so that each part of the app keeps its own words.
 * Other locales mirror these keys exactly (a test checks). Top-level keys must not repeat across areas.
 */
import { app } from './en/app';
import { workshop } from './en/workshop';
import { canvas } from './en/canvas';
import { compare } from './en/compare';
import { catalogue } from './en/catalogue';
import { dialog } from './en/dialog';
import { files } from './en/files';
import { inspector } from './en/inspector';
import { menu } from './en/menu';
import { lanes } from './en/lanes';
import { panels } from './en/panels';
import { preferences } from './en/preferences';
import { personas } from './en/personas';
import { report } from './en/report';
import { reportDocument } from './en/reportDocument';
import { reportFile } from './en/reportFile';
import { importing } from './en/importing';
import { templates } from './en/templates';
import { exporting } from './en/export';

export const en = {
  ...app,
  ...workshop,
  ...canvas,
  ...inspector,
  ...panels,
  ...lanes,
  ...catalogue,
  ...dialog,
  ...personas,
  ...files,
  ...report,
  ...reportDocument,
  ...reportFile,
  ...importing,
  ...exporting,
  ...menu,
  ...preferences,
  ...templates,
  ...compare,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
