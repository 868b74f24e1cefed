// The catalogs: every namespace file holds its strings in Swedish and English; here they are put
// together, the `ui.*` namespaces under `ui`, into one catalog per language.
import { agreement } from './agreement';
import { app } from './app';
import { assemble, type CatalogShape } from './catalog';
import { cli } from './cli';
import { cliConvert } from './cliConvert';
import { column } from './column';
import { dialog } from './dialog';
import { documentType } from './documentType';
import { encryption } from './encryption';
import { evaluationFile } from './evaluationFile';
import { storageFull } from './storageFull';
import { evidenceTable } from './evidenceTable';
import { heatmapTable } from './heatmapTable';
import { framework } from './framework';
import { importError } from './importError';
import { importWarning } from './importWarning';
import { level } from './level';
import { levelShort } from './levelShort';
import { menu } from './menu';
import { report } from './report';
import { reportAppendix } from './reportAppendix';
import { reportBody } from './reportBody';
import { reportFindings } from './reportFindings';
import { reportMethod } from './reportMethod';
import { refiImport } from './refiImport';
import { tableError } from './tableError';
import { tableProblem } from './tableProblem';
import { about } from './ui/about';
import { agreement as agreementScreen } from './ui/agreement';
import { analysis } from './ui/analysis';
import { audit } from './ui/audit';
import { codebook } from './ui/codebook';
import { codebookEditor } from './ui/codebookEditor';
import { coding } from './ui/coding';
import { columnType } from './ui/columnType';
import { changedElsewhere } from './ui/changedElsewhere';
import { common } from './ui/common';
import { counts } from './ui/counts';
import { datasets } from './ui/datasets';
import { dbError } from './ui/dbError';
import { documents } from './ui/documents';
import { evaluation } from './ui/evaluation';
import { evaluations } from './ui/evaluations';
import { evidenceExport } from './ui/evidenceExport';
import { heatmapExport } from './ui/heatmapExport';
import { findings } from './ui/findings';
import { history } from './ui/history';
import { documentImport } from './ui/import';
import { interruptedImport } from './ui/interruptedImport';
import { judgements } from './ui/judgements';
import { language } from './ui/language';
import { matrix } from './ui/matrix';
import { nav } from './ui/nav';
import { overview } from './ui/overview';
import { project } from './ui/project';
import { projectPage } from './ui/projectPage';
import { projects } from './ui/projects';
import { reader } from './ui/reader';
import { report as reportScreen } from './ui/report';
import { reportMarks } from './ui/reportMarks';
import { refi } from './ui/refi';
import { qdpx } from './ui/qdpx';
import { merge } from './ui/merge';
import { coders } from './ui/coders';
import { evaluationFiles } from './ui/evaluationFiles';
import { backups } from './ui/backups';
import { register } from './ui/register';
import { renderError } from './ui/renderError';
import { scales } from './ui/scales';
import { search } from './ui/search';
import { settings } from './ui/settings';
import { table } from './ui/table';
import { validation } from './ui/validation';

export { translate, type CatalogShape } from './catalog';

const ui = assemble({
  search,
  refi,
  qdpx,
  merge,
  coders,
  history,
  audit,
  coding,
  codebookEditor,
  nav,
  common,
  counts,
  changedElsewhere,
  language,
  validation,
  evaluation,
  evaluations,
  evaluationFiles,
  backups,
  overview,
  project,
  projects,
  codebook,
  register,
  table,
  documents,
  import: documentImport,
  interruptedImport,
  reader,
  reportMarks,
  matrix,
  judgements,
  scales,
  findings,
  analysis,
  agreement: agreementScreen,
  settings,
  about,
  dbError,
  datasets,
  projectPage,
  columnType,
  renderError,
  evidenceExport,
  heatmapExport,
  report: reportScreen,
});

const catalogs = assemble({
  app,
  agreement,
  menu,
  dialog,
  report,
  reportBody,
  reportMethod,
  reportFindings,
  reportAppendix,
  importError,
  importWarning,
  encryption,
  tableProblem,
  tableError,
  evaluationFile,
  refiImport,
  storageFull,
  framework,
  documentType,
  evidenceTable,
  heatmapTable,
  level,
  levelShort,
  column,
  ui,
  cli,
  cliConvert,
});

/** Swedish, the default language of the UI, the reports and the command line. */
export const sv = catalogs.sv;
/** English, the second language: every key of the Swedish catalog (the namespaces' types check it). */
export const en: CatalogShape<typeof sv> = catalogs.en;

export const CATALOGS = { sv, en } as const;
export type Language = keyof typeof CATALOGS;

export function catalogFor(language: Language): object {
  return CATALOGS[language];
}
