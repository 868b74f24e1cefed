import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inOrder } from '../../../shared/coding/findingEdit';
import type { RecommendationFields } from '../../../shared/coding/recommendationEdit';
import type { Finding, Id, Recommendation } from '../../../shared/domain';
import { RecommendationForm } from './RecommendationForm';

interface Props {
  recommendations: readonly Recommendation[];
  findings: readonly Finding[];
  noEvidence: (recommendation: Recommendation) => boolean;
  onAdd: (fields: RecommendationFields) => void;
  /** Saves the form's changes against `base`; conflicts (nothing saved) keep the form open. */
  onEdit: (id: Id, fields: RecommendationFields, base: RecommendationFields) => Promise<readonly unknown[]>;
  onMove: (id: Id, direction: -1 | 1) => void;
  onRemove: (id: Id) => void;
}

/** The recommendations in their order, each with the findings it rests on and the warning where none rests on evidence. */
export function RecommendationList({ recommendations, findings, noEvidence, onAdd, onEdit, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Id | 'new' | null>(null);
  const ordered = inOrder(recommendations);
  const findingTitles = new Map(findings.map((f) => [f.id, f.title]));
  const sortedFindings = inOrder(findings);
  return (
    <section className="recommendations" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t('ui.findings.recommendations')}</h2>
      {ordered.length === 0 && <p className="muted">{t('ui.findings.noRecommendations')}</p>}
      <ol className="finding-list">
        {ordered.map((r, index) => (
          <li key={r.id} className="finding-card">
            {editing === r.id ? (
              <RecommendationForm
                initial={{ title: r.title, text: r.text, findingIds: r.findingIds }}
                current={{ title: r.title, text: r.text, findingIds: r.findingIds }}
                findings={sortedFindings}
                onCancel={() => setEditing(null)}
                onSave={async (fields, base) => {
                  const conflicts = await onEdit(r.id, fields, base);
                  if (conflicts.length === 0) setEditing(null);
                  return conflicts;
                }}
              />
            ) : (
              <>
                <h3>{r.title}</h3>
                {r.text !== '' && <p className="finding-text">{r.text}</p>}
              </>
            )}
            {noEvidence(r) && (
              <p className="warning" role="note">
                {t('ui.findings.noEvidence')}
              </p>
            )}
            <p className="small">
              <span className="muted">{t('ui.findings.restsOnFindings')}: </span>
              {r.findingIds.map((id) => findingTitles.get(id) ?? '').filter((title) => title !== '').join('; ')}
            </p>
            <div className="finding-buttons">
              <button type="button" onClick={() => setEditing(r.id)} aria-label={t('ui.findings.edit', { title: r.title })}>
                {t('ui.findings.editShort')}
              </button>
              <button type="button" onClick={() => onMove(r.id, -1)} disabled={index === 0} aria-label={t('ui.findings.moveUp', { title: r.title })}>
                ↑
              </button>
              <button type="button" onClick={() => onMove(r.id, 1)} disabled={index === ordered.length - 1} aria-label={t('ui.findings.moveDown', { title: r.title })}>
                ↓
              </button>
              <button type="button" className="danger" onClick={() => onRemove(r.id)} aria-label={t('ui.findings.remove', { title: r.title })}>
                {t('ui.findings.removeShort')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {findings.length === 0 ? (
        <p className="muted">{t('ui.findings.noFindingsYet')}</p>
      ) : editing === 'new' ? (
        <RecommendationForm
          initial={{ title: '', text: '', findingIds: [] }}
          findings={sortedFindings}
          onCancel={() => setEditing(null)}
          onSave={(fields) => {
            setEditing(null);
            onAdd(fields);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('ui.findings.addRecommendation')}
        </button>
      )}
    </section>
  );
}
