/**
 * 繁體中文介面文字。Traditional Chinese UI strings, one module per area mirroring en/:
 * a new English key goes into the zh-TW/<area>.ts of the same name (the type and a test insist).
 */
import type { Messages } from './en';
import { app } from './zh-TW/app';
import { workshop } from './zh-TW/workshop';
import { canvas } from './zh-TW/canvas';
import { compare } from './zh-TW/compare';
import { catalogue } from './zh-TW/catalogue';
import { dialog } from './zh-TW/dialog';
import { files } from './zh-TW/files';
import { inspector } from './zh-TW/inspector';
import { menu } from './zh-TW/menu';
import { lanes } from './zh-TW/lanes';
import { panels } from './zh-TW/panels';
import { preferences } from './zh-TW/preferences';
import { personas } from './zh-TW/personas';
import { report } from './zh-TW/report';
import { reportDocument } from './zh-TW/reportDocument';
import { reportFile } from './zh-TW/reportFile';
import { importing } from './zh-TW/importing';
import { templates } from './zh-TW/templates';
import { exporting } from './zh-TW/export';

export const zhTW: Messages = {
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
};
