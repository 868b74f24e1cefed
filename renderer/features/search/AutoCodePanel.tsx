import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import { GRANULARITIES, type Granularity } from '../../../shared/text/search/expandRange';
import { codeFamily } from '../coding/codeFamily';
import { codeGroups } from '../coding/codeGroups';
import { codeOptionGroups } from '../coding/codeOptions';
import { codeDefinition } from '../../../shared/domain/codeLabel';

interface Props {
  codes: readonly Code[];
  codeId: string;
  onCodeId: (codeId: string) => void;
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  hitCount: number;
  /** Why the hits cannot be reviewed yet, or null. */
  blocked: string | null;
  onReview: () => void;
}

const GRANULARITY_KEYS: Record<Granularity, string> = {
  hit: 'ui.search.granularityHit',
  sentence: 'ui.search.granularitySentence',
  paragraph: 'ui.search.granularityParagraph',
};

export function granularityLabel(granularity: Granularity): string {
  return GRANULARITY_KEYS[granularity];
}

/** The side panel of auto-coding: the code, what around each hit is coded, and the way to the review. */
export function AutoCodePanel({ codes, codeId, onCodeId, granularity, onGranularity, hitCount, blocked, onReview }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // As the palette offers them: a parent under its own label "(i stort)", the codes below it indented.
  const groups = useMemo(() => {
    const family = codeFamily(codes);
    return codeOptionGroups(codeGroups(codes, t, language, family), family, t, language);
  }, [codes, t, language]);
  const selectId = useId();
  const hintId = useId();

  return (
    <aside className="side-panel search-side" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>{t('ui.search.autoHeading')}</h2>
      <p className="muted small">{t('ui.search.autoLead')}</p>
      <label htmlFor={selectId}>{t('ui.search.code')}</label>
      <select id={selectId} value={codeId} onChange={(event) => onCodeId(event.target.value)}>
        <option value="">{t('ui.search.chooseCode')}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(({ code, text }) => (
              <option key={code.id} value={code.id} title={codeDefinition(code, language) || undefined}>
                {text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <fieldset className="search-granularity">
        <legend>{t('ui.search.granularity')}</legend>
        {GRANULARITIES.map((value) => (
          <label key={value} className="checkbox-label">
            <input type="radio" name={`${selectId}-granularity`} value={value} checked={granularity === value} onChange={() => onGranularity(value)} />
            {t(GRANULARITY_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary search-review" disabled={blocked !== null} aria-describedby={blocked !== null ? hintId : undefined} onClick={onReview}>
        {hitCount > 0 ? t('ui.search.review', { count: hitCount }) : t('ui.search.reviewNone')}
      </button>
      {blocked !== null && (
        <p id={hintId} className="muted small search-blocked">
          {blocked}
        </p>
      )}
    </aside>
  );
}
