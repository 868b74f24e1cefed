/** REFI-QDA codebook exchange: .qdc export, and import of .qdc, .qde and .qdpx files. */
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
