import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type Project } from '../../../shared/domain';
import { isIsoDate } from '../../../shared/base/isoDate';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import type { DocumentDetails, DocumentRecord } from '../../store';
import { PROGRAMME_CHOICE, projectChoiceOf, projectOfChoice } from './projectChoice';
import { DateInput } from '../../ui/DateInput';

/** What the form saves: the details, and the document this one is a twin of (null: none). */
export type DocumentDetailsChange = DocumentDetails & { duplicateOf: DocumentRecord['duplicateOf'] };

interface Props {
  document: DocumentRecord;
  projects: Project[];
  /** The evaluation's documents, of which this one may be marked the twin. */
  documents: readonly DocumentRecord[];
  onSubmit: (change: DocumentDetailsChange) => Promise<void>;
  onClose: () => void;
}

/**
 * Edits what the evaluator says about an imported document: project (or the programme as a whole),
 * type, date, title, author, and which document it repeats in another format (its twin), if any.
 */
export function DocumentDetailsForm({ document, projects, documents, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [duplicateOf, setDuplicateOf] = useState(document.duplicateOf);
  const others = documents.filter((d) => d.id !== document.id && d.duplicateOf !== document.id);
  const [details, setDetails] = useState<DocumentDetails>({
    projectId: document.projectId,
    type: document.type,
    date: document.date,
    title: document.title,
    authorOrganisation: document.authorOrganisation,
  });
  const [dateText, setDateText] = useState(document.date ?? '');
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
      onSubmit={onSubmit}
    >
      <div className="form-grid">
        <Field label={t('ui.documents.title')}>
          {(p) => <input {...p} value={details.title} onChange={(e) => setDetails((d) => ({ ...d, title: e.target.value }))} autoFocus />}
        </Field>
        <Field label={t('ui.documents.project')}>
          {(p) => (
            <select {...p} value={projectChoiceOf(details.projectId)} onChange={(e) => setDetails((d) => ({ ...d, projectId: projectOfChoice(e.target.value) }))}>
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
            <select {...p} value={details.type} onChange={(e) => setDetails((d) => ({ ...d, type: DOCUMENT_TYPES.find((type) => type === e.target.value) ?? d.type }))}>
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
          {(p) => <input {...p} value={details.authorOrganisation} onChange={(e) => setDetails((d) => ({ ...d, authorOrganisation: e.target.value }))} />}
        </Field>
        <Field label={t('ui.documents.twinOf')} hint={t('ui.documents.twinHint')}>
          {(p) => (
            <select {...p} value={duplicateOf ?? ''} onChange={(e) => setDuplicateOf(e.target.value === '' ? null : e.target.value)}>
              <option value="">{t('ui.documents.noTwin')}</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title} ({other.fileName})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="muted small">{t('ui.documents.fileFacts', { fileName: document.fileName, format: t(`ui.import.format.${document.format}`), version: document.version })}</p>
    </FormDialog>
  );
}
