import { levelLabel, type ScaleLevel } from '../../shared/domain';
import './ratingBadge.css';

/** A rating as its word with the level's colour beside it (never colour alone), or the given text while unrated. */
export function RatingBadge({ level, language, unrated }: { level: ScaleLevel | null; language: string; unrated: string }) {
  return (
    <span className="rating-badge">
      {level && <span className="rating-swatch" aria-hidden="true" style={{ background: level.colour }} />}
      {level ? levelLabel(level, language) : unrated}
    </span>
  );
}
