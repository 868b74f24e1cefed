import { useTranslation } from 'react-i18next';
import type { DirectionMix, StrengthMix } from '../../../shared/analysis/matrixAnalysis';

interface Part {
  key: string;
  label: string;
  count: number;
}

/** A mix as a small bar (patterns, never colour alone) with the same numbers as text beside it. */
function Mix({ name, parts }: { name: string; parts: Part[] }) {
  const { t } = useTranslation();
  const shown = parts.filter((part) => part.count > 0);
  if (shown.length === 0) return null;
  return (
    <span className="evidence-mix">
      <span className="evidence-mix-bar" aria-hidden="true">
        {shown.map((part) => (
          <span key={part.key} className={`evidence-mix-part evidence-mix-${part.key}`} style={{ flexGrow: part.count }} />
        ))}
      </span>
      <span>{t('ui.matrix.mix', { name, parts: shown.map((part) => `${part.count} ${part.label}`).join(', ') })}</span>
    </span>
  );
}

/** How strong the evidence is and which way it points, as two small bars with their text. */
export function EvidenceBars({ strength, direction }: { strength: StrengthMix; direction: DirectionMix }) {
  const { t } = useTranslation();
  return (
    <>
      <Mix
        name={t('ui.matrix.strength')}
        parts={[
          { key: 'strong', label: t('ui.matrix.strong'), count: strength.strong },
          { key: 'moderate', label: t('ui.matrix.moderate'), count: strength.moderate },
          { key: 'weak', label: t('ui.matrix.weak'), count: strength.weak },
          { key: 'none', label: t('ui.matrix.strengthNone'), count: strength.none },
        ]}
      />
      <Mix
        name={t('ui.matrix.direction')}
        parts={[
          { key: 'promoting', label: t('ui.matrix.promoting'), count: direction.promoting },
          { key: 'hindering', label: t('ui.matrix.hindering'), count: direction.hindering },
          { key: 'none', label: t('ui.matrix.directionNone'), count: direction.none },
        ]}
      />
    </>
  );
}
