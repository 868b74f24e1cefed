// Shared by the REFI-QDA tests: a realistic codebook from the shipped frameworks, the corpus paths and
// the XSD validator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { Code } from '../../../../shared/domain/code';
import { codesFromFramework } from '../../../../shared/coding/copyFramework';
import { parseFramework } from '../../../../shared/domain/framework';

export const REPO = path.resolve(import.meta.dirname, '../../../..');
/** ../shared/corpus/refi beside the repository; never copied into it. */
export const CORPUS_REFI = path.resolve(REPO, '..', 'shared', 'corpus', 'refi');
export const CODEBOOK_XSD = path.join(CORPUS_REFI, 'Codebook-mrt2019.xsd');

/** A counter of UUIDs of the form 00000000-0000-4000-8000-00000000000n, distinct per prefix. */
export function uuids(prefix = '0'): () => string {
  let n = 0;
  return () => `${prefix.padStart(8, '0')}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/** Every shipped framework of resources/frameworks copied into one evaluation's codebook (95 codes). */
export function frameworkCodebook(): Code[] {
  const dir = path.join(REPO, 'resources', 'frameworks');
  const newId = uuids('c0de');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => codesFromFramework(parseFramework(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))), 'evaluation-1', newId, '2026-03-01T09:00:00.000Z'));
}

export interface Validation {
  valid: boolean;
  errors: string[];
}

/** Validates a document against the REFI-QDA Codebook schema of the corpus with libxml2 (xmllint-wasm). */
export async function validateAgainstCodebookXsd(xml: string): Promise<Validation> {
  const result = await validateXML({
    xml: [{ fileName: 'codebook.qdc', contents: xml }],
    schema: [{ fileName: 'Codebook-mrt2019.xsd', contents: readFileSync(CODEBOOK_XSD, 'utf8') }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}

export const corpusExists = existsSync(CORPUS_REFI);
export const xsdExists = existsSync(CODEBOOK_XSD);

export const PROJECT_XSD = path.join(CORPUS_REFI, 'Project-mrt2019.xsd');
export const projectXsdExists = existsSync(PROJECT_XSD);

/** Validates a project.qde against the REFI-QDA Project schema of the corpus with libxml2 (xmllint-wasm). */
export async function validateAgainstProjectXsd(xml: string): Promise<Validation> {
  const result = await validateXML({
    xml: [{ fileName: 'project.qde', contents: xml }],
    schema: [{ fileName: 'Project-mrt2019.xsd', contents: readFileSync(PROJECT_XSD, 'utf8') }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}
