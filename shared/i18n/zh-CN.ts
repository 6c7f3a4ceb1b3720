/**
 * 简体中文界面文本。Simplified Chinese UI strings, one module per area mirroring en/:
 * a new English key goes into the zh-CN/<area>.ts of the same name (the type and a test insist).
 */
import type { Messages } from './en';
import { app } from './zh-CN/app';
import { workshop } from './zh-CN/workshop';
import { canvas } from './zh-CN/canvas';
import { compare } from './zh-CN/compare';
import { catalogue } from './zh-CN/catalogue';
import { dialog } from './zh-CN/dialog';
import { files } from './zh-CN/files';
import { inspector } from './zh-CN/inspector';
import { menu } from './zh-CN/menu';
import { lanes } from './zh-CN/lanes';
import { panels } from './zh-CN/panels';
import { preferences } from './zh-CN/preferences';
import { personas } from './zh-CN/personas';
import { report } from './zh-CN/report';
import { reportDocument } from './zh-CN/reportDocument';
import { reportFile } from './zh-CN/reportFile';
import { importing } from './zh-CN/importing';
import { templates } from './zh-CN/templates';
import { exporting } from './zh-CN/export';

export const zhCN: Messages = {
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
