import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MERGE_KINDS, type MergeChoices, type MergeConflict, type MergePreview as Preview } from '../../../shared/exchange/merge';
import { showBidiControls } from '../../../shared/base/bidiControls';
import './merge.css';

/** A conflict's value in words: codes by label, a strength, direction or confidence in the language, nothing as "(tomt)". */
function valueText(t: TFunction, conflict: MergeConflict, value: unknown, codeLabels: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined || value === '') return t('ui.merge.empty');
  if (conflict.field === 'codeIds' && Array.isArray(value)) return value.map((id) => codeLabels[String(id)] ?? String(id)).join(', ') || t('ui.merge.empty');
  if (conflict.field === 'strength' || conflict.field === 'direction') return t(`ui.matrix.${String(value)}`, { defaultValue: String(value) });
  if (conflict.field === 'confidence') return t(`ui.judgements.confidenceLevel.${String(value)}`, { defaultValue: String(value) });
  return showBidiControls(String(value));
}

/**
 * What a merge will do, before it does it: how many records of each kind are added, the documents and
 * codes recognised, and each field changed on both sides with both values to choose from (mine by default).
 */
export function MergePreview({ preview, fileName, onMerge, onCancel }: { preview: Preview; fileName: string; onMerge: (choices: MergeChoices) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const total = MERGE_KINDS.reduce((sum, kind) => sum + preview.counts[kind], 0);
  return (
    <form
      noValidate
      className="merge-preview"
      onSubmit={(event) => {
        event.preventDefault();
        onMerge(choices);
      }}
    >
      <table className="table">
        <caption>{t('ui.merge.added', { name: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.merge.kindColumn')}</th>
            <th scope="col" className="numeric">
              {t('ui.merge.countColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {MERGE_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`ui.merge.kind.${kind}`)}</th>
              <td className="numeric">{preview.counts[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.documentsMatched.length > 0 && (
        <details>
          <summary>{t('ui.merge.documentsMatched', { count: preview.documentsMatched.length })}</summary>
          <ul className="small">
            {preview.documentsMatched.map((pair, i) => (
              <li key={i}>{t('ui.merge.matchedAs', { theirs: showBidiControls(pair.theirs), mine: showBidiControls(pair.mine) })}</li>
            ))}
          </ul>
        </details>
      )}
      {preview.codesByName.length > 0 && (
        <details>
          <summary>{t('ui.merge.codesByName', { count: preview.codesByName.length })}</summary>
          <ul className="small">
            {preview.codesByName.map((path, i) => (
              <li key={i}>{showBidiControls(path)}</li>
            ))}
          </ul>
        </details>
      )}
      <p>{preview.conflicts.length > 0 ? t('ui.merge.conflicts', { count: preview.conflicts.length }) : t('ui.merge.noConflicts')}</p>
      {preview.conflicts.map((conflict) => {
        const chosen = choices[conflict.key] ?? 'mine';
        const choose = (side: 'mine' | 'theirs') => setChoices((c) => ({ ...c, [conflict.key]: side }));
        return (
          <fieldset key={conflict.key} className="merge-conflict">
            <legend>{t('ui.merge.conflictLegend', { table: t(`ui.merge.table.${conflict.table}`), label: showBidiControls(conflict.label), field: t(`ui.merge.field.${conflict.field}`, { defaultValue: conflict.field }) })}</legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="checkbox-label">
                <input type="radio" name={conflict.key} checked={chosen === side} onChange={() => choose(side)} /> {t(`ui.merge.${side}`, { value: valueText(t, conflict, conflict[side], preview.codeLabels) })}
              </label>
            ))}
          </fieldset>
        );
      })}
      {total === 0 && preview.conflicts.length === 0 && <p>{t('ui.merge.nothing')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('ui.merge.submit')}
        </button>
      </div>
    </form>
  );
}
