import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';

/** A code's definition, inclusion and exclusion notes and example, in the UI language (Swedish when missing). */
export function CodeNotes({ code, language }: { code: Code; language: string }) {
  const { t } = useTranslation();
  const en = language === 'en';
  const notes = [
    { key: 'definition', label: t('ui.codebook.definition'), text: (en && code.definitionEn) || code.definitionSv },
    { key: 'inclusion', label: t('ui.codebook.inclusion'), text: (en && code.inclusionEn) || code.inclusionSv },
    { key: 'exclusion', label: t('ui.codebook.exclusion'), text: (en && code.exclusionEn) || code.exclusionSv },
    { key: 'example', label: t('ui.codebook.example'), text: (en && code.exampleEn) || code.exampleSv },
  ].filter((note) => note.text.trim() !== '');
  if (notes.length === 0) return null;
  return (
    <dl className="codebook-notes">
      {notes.map((note) => (
        <Fragment key={note.key}>
          <dt>{note.label}</dt>
          <dd>{note.key === 'example' ? <q>{note.text}</q> : note.text}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
