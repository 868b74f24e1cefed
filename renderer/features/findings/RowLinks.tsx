import { useTranslation } from 'react-i18next';
import type { FindingLink } from '../../../shared/coding/findingEdit';
import type { DataCoding, Id } from '../../../shared/domain';
import { DataEvidenceCard } from '../codebook/DataEvidenceCard';
import { useDataEvidence } from '../codebook/useDataEvidence';

interface RowLinksProps {
  evaluationId: Id;
  codings: readonly DataCoding[];
  /** The table codings the finding links. */
  linked: readonly Id[];
  onLink: (link: FindingLink, linked: boolean) => void;
}

/**
 * Coded table rows (data codings) cited with their project, dataset and row, each with a button that
 * links it to a finding or unlinks it.
 */
export function RowLinks({ evaluationId, codings, linked, onLink }: RowLinksProps) {
  const { t } = useTranslation();
  const items = useDataEvidence(evaluationId, codings);
  if (!items) return null;
  if (items.length === 0) return <p className="muted">{t('ui.findings.noRows')}</p>;
  return (
    <ol className="quote-list row-links">
      {items.map((item) => {
        const isLinked = linked.includes(item.coding.id);
        const name = t('ui.findings.rowName', { dataset: item.dataset?.name ?? '–', line: item.row?.line ?? '–', project: item.project?.name ?? t('ui.codebookEditor.quote.noProject') });
        return (
          <DataEvidenceCard
            key={item.coding.id}
            evaluationId={evaluationId}
            item={item}
            action={
              <button type="button" className={isLinked ? 'secondary' : 'primary'} onClick={() => onLink({ kind: 'dataCoding', id: item.coding.id }, !isLinked)} aria-label={`${isLinked ? t('ui.findings.unlink') : t('ui.findings.link')}: ${name}`}>
                {isLinked ? t('ui.findings.unlink') : t('ui.findings.link')}
              </button>
            }
          />
        );
      })}
    </ol>
  );
}
