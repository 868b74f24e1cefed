/** REFI-QDA exchange: .qdc export, import of codebooks from .qdc, .qde and .qdpx files, and of whole projects (readQdpx). */
export { writeQdc, type WriteQdcOptions } from './writeQdc';
export { readQdc } from './readQdc';
export { readQdcBytes } from './readQdcBytes';
export type { QdcLanguage } from './qdcDescription';
export type { ImportedCode } from '../../coding/importedCode';
export {
  CODEBOOK_NAMESPACE,
  PROJECT_NAMESPACE,
  QDC_ERROR_CODES,
  QDC_LIMITS,
  QDC_WARNING_CODES,
  type QdcErrorCode,
  type QdcWarningCode,
  type ReadQdcOptions,
  type ReadQdcResult,
} from './qdcTypes';
export { SPARBAR_DATA_END, SPARBAR_DATA_START, SPARBAR_DATA_VERSION } from './qdcSparbarData';
export { writeQdpx, PROJECT_ENTRY, type WriteQdpxOptions } from './writeQdpx';
export { readQdpx } from './readQdpx';
export { countLines, reportLines, type Translate } from './refiReportLines';
export {
  DATA_LOSS_KINDS,
  IMPORT_NOTICE_KINDS,
  QDPX_ERROR_CODES,
  type DataLossItem,
  type DataLossKind,
  type DataLossReport,
  type ImportNotice,
  type QdpxCounts,
  type QdpxErrorCode,
  type ReadQdpxOptions,
  type ReadQdpxResult,
} from './refiImportTypes';
