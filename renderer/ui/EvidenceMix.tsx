import { useTranslation } from 'react-i18next';
import type { DirectionMix, StrengthMix } from '../../shared/analysis/matrixAnalysis';
import './evidenceMix.css';

interface Part {
  key: string;
  label: string;
  count: number;
}

/**
 * A mix as a small bar of segments, each with its own pattern (never colour alone), and the same numbers
 * as text beside it; parts without evidence are left out of the text.
 */
function Mix({ name, parts, kind }: { name: string; parts: Part[]; kind: string }) {
  const { t } = useTranslation();
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  if (total === 0) return null;
  const text = parts
    .filter((part) => part.count > 0)
    .map((part) => `${part.count} ${part.label}`)
    .join(', ');
  return (
    <p className={`mix mix-${kind}`}>
      <span className="mix-bar" aria-hidden="true">
        {parts.map((part) =>
          part.count > 0 ? <span key={part.key} className={`mix-part mix-${part.key}`} style={{ flexGrow: part.count }} /> : null,
        )}
      </span>
      <span className="mix-text">{t('ui.matrix.mix', { name, parts: text })}</span>
    </p>
  );
}

export function StrengthBar({ mix }: { mix: StrengthMix }) {
  const { t } = useTranslation();
  return (
    <Mix
      kind="strength"
      name={t('ui.matrix.strength')}
      parts={[
        { key: 'strong', label: t('ui.matrix.strong'), count: mix.strong },
        { key: 'moderate', label: t('ui.matrix.moderate'), count: mix.moderate },
        { key: 'weak', label: t('ui.matrix.weak'), count: mix.weak },
        { key: 'none', label: t('ui.matrix.strengthNone'), count: mix.none },
      ]}
    />
  );
}

export function DirectionBar({ mix }: { mix: DirectionMix }) {
  const { t } = useTranslation();
  return (
    <Mix
      kind="direction"
      name={t('ui.matrix.direction')}
      parts={[
        { key: 'promoting', label: t('ui.matrix.promoting'), count: mix.promoting },
        { key: 'hindering', label: t('ui.matrix.hindering'), count: mix.hindering },
        { key: 'none', label: t('ui.matrix.directionNone'), count: mix.none },
      ]}
    />
  );
}
