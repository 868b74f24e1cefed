import { useTranslation } from 'react-i18next';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';

/** How far the dataset's rows have been read: "Läser rader: 40 000 av 100 000", with a bar. */
export function RowsReading({ read, total }: { read: number; total: number }) {
  const { t } = useTranslation();
  const label = t('ui.datasets.readingRows', { count: total, read: formatSwedishNumber(read), total: formatSwedishNumber(total) });
  return (
    <span className="muted small rows-reading" role="status">
      <progress max={Math.max(total, 1)} value={read} aria-label={label} /> {label}
    </span>
  );
}
