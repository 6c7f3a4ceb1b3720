/**
 * Bounds on what an import reads, so a hostile or mistaken file gives a clear message instead
 * of a frozen window: the .journey loader's byte cap, and caps on rows, cells and lines.
 */
import { MAX_FILE_BYTES } from '../model/fileLimits';

/** Imports take no bigger files than the editor opens. */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;
/** Rows of a table (touchpoints and pain points). */
export const MAX_IMPORT_ROWS = 20_000;
/** Lines of a Mermaid diagram: a touchpoint its personas rated differently takes a line per score. */
export const MAX_DIAGRAM_LINES = 200_000;
/** Columns of a table. */
export const MAX_IMPORT_COLUMNS = 200;
/** Characters in one cell or one field. */
export const MAX_CELL_CHARS = 20_000;
/** YAML: aliases a document may expand (a "billion laughs" file is refused). */
export const MAX_YAML_ALIASES = 100;
