import type { CodeTexts } from '../../domain/code';
import { refi } from '../../i18n/ui/refi';
import { stripForbiddenXmlChars } from './qdcXmlText';

export type QdcLanguage = 'sv' | 'en';

const CATALOGS = refi;

interface LanguageTexts {
  label: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

/** A code's texts in one language. */
export function textsIn(texts: CodeTexts, language: QdcLanguage): LanguageTexts {
  return language === 'sv'
    ? { label: texts.labelSv, definition: texts.definitionSv, inclusion: texts.inclusionSv, exclusion: texts.exclusionSv, example: texts.exampleSv }
    : { label: texts.labelEn, definition: texts.definitionEn, inclusion: texts.inclusionEn, exclusion: texts.exclusionEn, example: texts.exampleEn };
}

/**
 * The name other programs show for a code: its label in the language, else its label in the other
 * language, else the catalog's untitled name (a code needs a name in every program).
 */
export function qdcCodeName(texts: CodeTexts, language: QdcLanguage): string {
  const own = stripForbiddenXmlChars(textsIn(texts, language).label);
  if (own.trim() !== '') return own;
  const other = stripForbiddenXmlChars(textsIn(texts, language === 'sv' ? 'en' : 'sv').label);
  return other.trim() !== '' ? other : CATALOGS[language].untitledCode;
}

/**
 * The description other programs show for a code: its definition, then a blank line and the notes
 * that are not empty as labelled lines ("Koda här: …", "Koda inte här: …", "Exempel: …"), in the
 * language. Characters XML forbids are left out.
 */
export function qdcVisibleDescription(texts: CodeTexts, language: QdcLanguage): string {
  const own = textsIn(texts, language);
  const labels = CATALOGS[language].qdcText;
  const notes = [
    [labels.inclusion, own.inclusion],
    [labels.exclusion, own.exclusion],
    [labels.example, own.example],
  ]
    .filter(([, text]) => (text as string).trim() !== '')
    .map(([label, text]) => `${label}: ${(text as string).trim()}`);
  const parts = [own.definition.trim(), notes.join('\n')].filter((part) => part !== '');
  return stripForbiddenXmlChars(parts.join('\n\n'));
}

/**
 * Text compared for sameness across programs that may change line ends or trim: line ends as \n,
 * no trailing white space on a line, none around the whole.
 */
export function comparableText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
