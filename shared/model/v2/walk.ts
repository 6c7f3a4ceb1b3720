/** Version 2's schema walk: the shape of schema.ts with this version's id roles (see ../schemaWalk.ts). */
import { createSchemaWalk, type FieldInfo, type IdField } from '../schemaWalk';
import { idRolesV2, type IdRoleV2 } from './schema';

export type FieldInfoV2 = FieldInfo<IdRoleV2>;
export type IdFieldV2 = IdField<IdRoleV2>;

export const walkV2 = createSchemaWalk<IdRoleV2>(idRolesV2);
