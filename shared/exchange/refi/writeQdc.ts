import type { Code } from '../../domain/code';
import { CODEBOOK_NAMESPACE } from './qdcTypes';
import type { QdcLanguage } from './qdcDescription';
import { qdcCodeElements } from './qdcCodeElements';
import { escapeXmlAttribute } from './qdcXmlText';

export interface WriteQdcOptions {
  /** The language of the names and descriptions other programs show. */
  language: QdcLanguage;
  /** The `origin` attribute: the program that wrote the file, e.g. `Spårbar 0.1.0`. */
  origin: string;
  /** A new random GUID (8-4-4-4-12 hex digits), for codes whose id is not one. */
  newGuid: () => string;
}

const SCHEMA_LOCATION = `${CODEBOOK_NAMESPACE} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd`;

/**
 * Writes a codebook as a REFI-QDA Codebook (.qdc) that validates against the REFI-QDA Codebook schema
 * (QDA-XML 1.0, Codebook-mrt2019.xsd), to be opened in NVivo, MAXQDA, ATLAS.ti or QualCoder. The codes
 * are written as qdcCodeElements writes them (their tree, names, colours, descriptions, GUIDs and
 * Spårbar's own data: see there).
 *
 * Throws when there are no codes (the schema requires at least one) or when `newGuid` returns something
 * that is not a GUID or keeps repeating one: both are the caller's mistakes.
 */
export function writeQdc(codes: readonly Code[], options: WriteQdcOptions): string {
  if (codes.length === 0) throw new RangeError('writeQdc: a REFI-QDA codebook needs at least one code');
  const { lines: codeLines } = qdcCodeElements(codes, { language: options.language, newGuid: () => options.newGuid() }, 2);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CodeBook xmlns="${CODEBOOK_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}" origin="${escapeXmlAttribute(options.origin)}">`,
    '  <Codes>',
    ...codeLines,
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}
