import { namespace } from '../catalog';

/** Shared bits of tables (namespace `ui.table`). */
export const table = namespace({
  sv: {
    line: 'Rad {{line}}:',
  },
  en: {
    line: 'Line {{line}}:',
  },
});
