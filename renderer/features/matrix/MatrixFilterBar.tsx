import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_MATRIX_FILTER, hasDocumentCondition, isFilterEmpty, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { MATRIX_LEVEL_ORDER } from '../../../shared/analysis/matrixCells';
import type { MatrixEvidence } from '../../store';
import { DOCUMENT_TYPES, type DocumentType, type ProjectLevel } from '../../../shared/domain';
import { DateInput } from '../../ui/DateInput';

function distinct(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b, 'sv'));
}

type TextField = 'theme' | 'county' | 'municipality' | 'attributeName' | 'attributeValue' | 'coder';
type DateField = 'periodFrom' | 'periodTo' | 'dateFrom' | 'dateTo';

/** The filter of the analysis: the register's project facts, document type and date, coder. Every change recomputes the whole analysis. */
export function MatrixFilterBar({ filter, evidence, onChange }: { filter: MatrixFilter; evidence: MatrixEvidence; onChange: (filter: MatrixFilter) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const options = useMemo(() => {
    const { projects, items } = evidence;
    return {
      theme: distinct(projects.map((p) => p.theme)),
      county: distinct(projects.map((p) => p.county)),
      municipality: distinct(projects.flatMap((p) => p.municipalities)),
      attributeName: distinct(projects.flatMap((p) => p.attributes.map((a) => a.name))),
      coder: distinct(items.map((i) => i.coder)),
      values: (name: string) => distinct(projects.flatMap((p) => p.attributes.filter((a) => a.name.trim() === name).map((a) => a.value))),
    };
  }, [evidence]);
  const set = (change: Partial<MatrixFilter>) => onChange({ ...filter, ...change });

  const select = (field: TextField, values: readonly string[]) => (
    <label className="field" key={field}>
      <span>{t(`ui.matrix.filter.${field}`)}</span>
      <select value={filter[field]} onChange={(e) => set(field === 'attributeName' ? { attributeName: e.target.value, attributeValue: '' } : { [field]: e.target.value })}>
        <option value="">{t('ui.matrix.filter.any')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (field: DateField) => (
    <label className="field" key={field}>
      <span>{t(`ui.matrix.filter.${field}`)}</span>
      <DateInput value={filter[field]} onChange={(value) => set({ [field]: value })} />
    </label>
  );

  return (
    <section className="matrix-filter" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.matrix.filter.heading')}</h2>
      <div className="matrix-filter-fields">
        <label className="field">
          <span>{t('ui.matrix.filter.level')}</span>
          <select value={filter.level} onChange={(e) => set({ level: e.target.value as ProjectLevel | '' })}>
            <option value="">{t('ui.matrix.filter.any')}</option>
            {MATRIX_LEVEL_ORDER.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </select>
        </label>
        {select('theme', options.theme)}
        {select('county', options.county)}
        {select('municipality', options.municipality)}
        {date('periodFrom')}
        {date('periodTo')}
        {select('attributeName', options.attributeName)}
        {filter.attributeName !== '' && select('attributeValue', options.values(filter.attributeName))}
        <label className="field">
          <span>{t('ui.matrix.filter.documentType')}</span>
          <select value={filter.documentType} onChange={(e) => set({ documentType: e.target.value as DocumentType | '' })}>
            <option value="">{t('ui.matrix.filter.any')}</option>
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`documentType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {date('dateFrom')}
        {date('dateTo')}
        {select('coder', options.coder)}
      </div>
      {hasDocumentCondition(filter) && <p className="muted">{t('ui.matrix.filter.documentNote')}</p>}
      {!isFilterEmpty(filter) && (
        <button type="button" onClick={() => onChange({ ...EMPTY_MATRIX_FILTER })}>
          {t('ui.matrix.filter.clear')}
        </button>
      )}
    </section>
  );
}
