import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type Project } from '../../../shared/domain';
import { isIsoDate } from '../../../shared/base/isoDate';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import type { DocumentRecord } from '../../store';
import { documentFieldsOf, type DocumentFields } from '../../../shared/coding/documentEdit';
import { useChangedElsewhere } from '../../ui/useChangedElsewhere';
import { ChangedElsewhereNotice } from '../../ui/ChangedElsewhereNotice';

const LABELS = {
  title: 'ui.documents.title',
  projectId: 'ui.documents.project',
  type: 'ui.documents.type',
  date: 'ui.documents.date',
  authorOrganisation: 'ui.import.authorOrganisation',
  duplicateOf: 'ui.documents.twinOf',
} as const;
import { PROGRAMME_CHOICE, projectChoiceOf, projectOfChoice } from './projectChoice';
import { DateInput } from '../../ui/DateInput';
import { showBidiControls } from '../../../shared/base/bidiControls';

/** What the form saves: the details, and the document this one is a twin of (null: none). */
export type DocumentDetailsChange = DocumentFields;

/** The form's values: the fields, the date as typed. */
type DetailsValues = Omit<DocumentFields, 'date'> & { date: string };

function valuesOf(document: DocumentRecord): DetailsValues {
  return { ...documentFieldsOf(document), date: document.date ?? '' };
}

interface Props {
  document: DocumentRecord;
  /** The document as stored now (live), to show changes made in another window while the form is open. */
  current?: DocumentRecord | undefined;
  projects: Project[];
  /** The evaluation's documents, of which this one may be marked the twin. */
  documents: readonly DocumentRecord[];
  /** Saves the change against `base` (the document as the form opened it); conflicts keep the form open, asking. */
  onSubmit: (change: DocumentDetailsChange, base: DocumentFields) => Promise<readonly unknown[] | void>;
  onClose: () => void;
}

/**
 * Edits what the evaluator says about an imported document: project (or the programme as a whole),
 * type, date, title, author, and which document it repeats in another format (its twin), if any.
 */
export function DocumentDetailsForm({ document, current, projects, documents, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DetailsValues>(() => valuesOf(document));
  const elsewhere = useChangedElsewhere(document, current, values, valuesOf, setValues);
  const { duplicateOf } = values;
  const details = values;
  const setDuplicateOf = (id: string | null) => setValues((v) => ({ ...v, duplicateOf: id }));
  const dateText = values.date;
  const setDateText = (date: string) => setValues((v) => ({ ...v, date }));
  const others = documents.filter((d) => d.id !== document.id && d.duplicateOf !== document.id);
  const titleOf = (id: string | null) => (id === null ? '' : (documents.find((d) => d.id === id)?.title ?? ''));
  const show: Record<keyof DetailsValues, (value: DetailsValues[keyof DetailsValues]) => string> = {
    title: String,
    date: String,
    authorOrganisation: String,
    type: (value) => t(`documentType.${String(value)}`),
    projectId: (value) => (value === null ? t('ui.documents.programme') : (projects.find((p) => p.id === value)?.name ?? '')),
    duplicateOf: (value) => (value === null ? t('ui.documents.noTwin') : titleOf(value)),
  };
  const [dateError, setDateError] = useState(false);
  return (
    <FormDialog
      title={t('ui.documents.editTitle')}
      submitLabel={t('ui.common.save')}
      onClose={onClose}
      wide
      validate={() => {
        const bad = dateText !== '' && !isIsoDate(dateText);
        setDateError(bad);
        return bad ? null : { ...details, date: dateText === '' ? null : dateText, duplicateOf };
      }}
      onSubmit={async (change) => {
        elsewhere.saved(await onSubmit(change, documentFieldsOf(elsewhere.base ?? document)));
      }}
      notice={
        <ChangedElsewhereNotice
          changed={elsewhere.changed}
          asking={elsewhere.asking}
          labelOf={(field) => t(LABELS[field])}
          show={(value, field) => show[field](value)}
          onTakeTheirs={elsewhere.takeTheirs}
          onKeepMine={elsewhere.keepMine}
        />
      }
    >
      <div className="form-grid">
        <Field label={t('ui.documents.title')}>
          {(p) => <input {...p} value={details.title} onChange={(e) => setValues((d) => ({ ...d, title: e.target.value }))} autoFocus />}
        </Field>
        <Field label={t('ui.documents.project')}>
          {(p) => (
            <select {...p} value={projectChoiceOf(details.projectId)} onChange={(e) => setValues((d) => ({ ...d, projectId: projectOfChoice(e.target.value) }))}>
              <option value={PROGRAMME_CHOICE}>{t('ui.documents.programme')}</option>
              {projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ui.documents.type')}>
          {(p) => (
            <select {...p} value={details.type} onChange={(e) => setValues((d) => ({ ...d, type: DOCUMENT_TYPES.find((type) => type === e.target.value) ?? d.type }))}>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`documentType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ui.documents.date')} error={dateError ? 'badDate' : undefined}>
          {(p) => <DateInput {...p} value={dateText} onChange={setDateText} />}
        </Field>
        <Field label={t('ui.import.authorOrganisation')}>
          {(p) => <input {...p} value={details.authorOrganisation} onChange={(e) => setValues((d) => ({ ...d, authorOrganisation: e.target.value }))} />}
        </Field>
        <Field label={t('ui.documents.twinOf')} hint={t('ui.documents.twinHint')}>
          {(p) => (
            <select {...p} value={duplicateOf ?? ''} onChange={(e) => setDuplicateOf(e.target.value === '' ? null : e.target.value)}>
              <option value="">{t('ui.documents.noTwin')}</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {showBidiControls(other.title)} ({showBidiControls(other.fileName)})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="muted small">{t('ui.documents.fileFacts', { fileName: showBidiControls(document.fileName), format: t(`ui.import.format.${document.format}`), version: document.version })}</p>
    </FormDialog>
  );
}
