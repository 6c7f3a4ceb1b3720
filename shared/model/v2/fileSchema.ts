/** What version 2 files are parsed with: the loose twin of the strict schema (see ../fileSchema.ts). */
import { fileSchemaOf } from '../fileSchema';
import { journeySchemaV2 } from './schema';

export const journeyFileSchemaV2 = fileSchemaOf(journeySchemaV2);
