import { memo, useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import { codeFamily } from './codeFamily';
import { codeGroups } from './codeGroups';
import { codeDefinition, codeLabel } from '../../../shared/domain/codeLabel';
import './coding.css';
import { flatEntries, moveIndex, paletteSections } from './paletteModel';
import { useRecentCodes } from './recentCodes';
import { useStableCallback } from '../../ui/useStableCallback';
import { scrollWithin } from '../../ui/scrollWithin';

/** The drag type a code carries from the palette to the text. */
export const CODE_DRAG_TYPE = 'application/x-sparbar-code';

interface Props {
  evaluationId: string;
  codes: readonly Code[];
  /** What choosing a code does now ("Kodar den markerade texten"), shown above the filter. */
  target: string;
  /** Whether there is something to code; the palette stays usable either way and the caller explains. */
  ready: boolean;
  onApply: (codeId: string) => void;
  /** The filter field, for the key that moves focus to it. */
  filterRef: RefObject<HTMLInputElement | null>;
  hint: string;
  /** Let codes be dragged onto the text. */
  draggable?: boolean;
}

interface OptionProps {
  id: string;
  /** The entry's key in the palette (a code may be there twice: in "recent" and in its group). */
  entryKey: string;
  code: Code;
  /** The code's group, shown beside it in the filtered list (else empty). */
  groupLabel: string;
  /** A parent, applied "i stort": its label says so. */
  broad: boolean;
  /** The indent under the codable codes above it. */
  depth: number;
  active: boolean;
  language: string;
  draggable: boolean;
  onChoose: (entryKey: string, codeId: string) => void;
}

/** One code of the palette: its colour, label and key; renders again only when it changes. */
const PaletteOption = memo(function PaletteOption({ id, entryKey, code, groupLabel, broad, depth, active, language, draggable, onChoose }: OptionProps) {
  const { t } = useTranslation();
  const [dropping, setDropping] = useState(false);
  const onDragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
    event.dataTransfer.setData('text/plain', codeLabel(code, language));
    event.dataTransfer.effectAllowed = 'copy';
  };
  // The other way round: selected text dragged from the document onto a code codes it.
  const isTextDrag = (event: DragEvent<HTMLElement>) => event.dataTransfer.types.includes('text/plain') && !event.dataTransfer.types.includes(CODE_DRAG_TYPE);
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!isTextDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setDropping(false);
    if (!isTextDrag(event)) return;
    event.preventDefault();
    onChoose(entryKey, code.id);
  };
  return (
    <div
      id={id}
      data-key={entryKey}
      data-code-id={code.id}
      role="option"
      aria-selected={active}
      aria-keyshortcuts={code.shortcut ?? undefined}
      className={`palette-option${broad ? ' palette-option-broad' : ''}${active ? ' palette-option-active' : ''}${dropping ? ' palette-option-drop' : ''}`}
      style={depth > 0 ? { paddingInlineStart: `${0.55 + depth * 0.95}rem` } : undefined}
      title={codeDefinition(code, language) || undefined}
      draggable={draggable}
      onDragStart={draggable ? onDragStart : undefined}
      onDragOver={draggable ? onDragOver : undefined}
      onDragLeave={draggable ? () => setDropping(false) : undefined}
      onDrop={draggable ? onDrop : undefined}
      // A click keeps the document's selection (and focus) where it is; a drag needs the default.
      onMouseDown={draggable ? undefined : (event) => event.preventDefault()}
      onClick={() => onChoose(entryKey, code.id)}
    >
      <span className="palette-swatch" style={{ background: code.colour }} aria-hidden="true" />
      <span className="palette-label">
        {broad ? t('ui.coding.asWhole', { code: codeLabel(code, language) }) : codeLabel(code, language)}
        {groupLabel !== '' && <span className="palette-group-of"> · {groupLabel}</span>}
      </span>
      {code.shortcut && (
        <kbd className="palette-key" aria-hidden="true" title={t('ui.coding.shortcut', { key: code.shortcut.toUpperCase() })}>
          {code.shortcut.toUpperCase()}
        </kbd>
      )}
    </div>
  );
});

/**
 * The code palette: a filter (by label in either language, by definition and by the labels of the codes
 * above, without regard to case or diacritics), the recently used codes first, then the codebook's groups,
 * parents as codes of their own ("Kultur för lärande (i stort)") above their children; each code with its
 * colour and shortcut key. Arrow keys move, Enter applies the highlighted code, a click applies, a drag carries it.
 */
export const CodePalette = memo(function CodePalette({ evaluationId, codes, target, ready, onApply, filterRef, hint, draggable = false }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [byKeyboard, setByKeyboard] = useState(false);
  const recent = useRecentCodes(evaluationId);
  const family = useMemo(() => codeFamily(codes), [codes]);
  const groups = useMemo(() => codeGroups(codes, t, language, family), [codes, t, language, family]);
  const sections = useMemo(
    () => paletteSections(groups, recent, query, language, { recent: t('ui.coding.recent'), matches: t('ui.coding.matches') }, family),
    [groups, recent, query, language, t, family],
  );
  const entries = useMemo(() => flatEntries(sections), [sections]);
  const activeIndex = entries.length === 0 ? -1 : Math.min(active, entries.length - 1);
  const optionId = (key: string) => `${id}-option-${key}`;
  const activeKey = activeIndex >= 0 ? (entries[activeIndex]?.key ?? null) : null;

  // Keep the highlighted code in view while the arrow keys move it (the list scrolls, not the side around it).
  useEffect(() => {
    if (!byKeyboard || activeKey === null) return;
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeKey)}"]`);
    if (list && item) scrollWithin(list, item);
  }, [activeKey, byKeyboard]);

  const apply = (codeId: string) => {
    onApply(codeId);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, 'down' | 'up'> = { ArrowDown: 'down', ArrowUp: 'up' };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setByKeyboard(true);
      setActive(moveIndex(activeIndex, entries.length, move));
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      setByKeyboard(true);
      setActive(moveIndex(activeIndex, entries.length, event.key === 'PageDown' ? 'end' : 'home'));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = entries[activeIndex];
      if (entry) apply(entry.code.id);
    } else if (event.key === 'Escape') {
      if (query !== '') {
        event.preventDefault();
        setQuery('');
        setActive(0);
      } else event.currentTarget.blur();
    }
  };

  const choose = useStableCallback((entryKey: string, codeId: string) => {
    setActive(Math.max(0, entries.findIndex((entry) => entry.key === entryKey)));
    apply(codeId);
  });

  return (
    <section className="palette" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="palette-heading">
        {t('ui.coding.palette')}
      </h2>
      <p className={ready ? 'palette-target palette-target-ready' : 'palette-target'}>{target}</p>
      <label htmlFor={`${id}-filter`} className="visually-hidden">
        {t('ui.coding.filterLabel')}
      </label>
      <input
        ref={filterRef}
        id={`${id}-filter`}
        type="text"
        className="palette-filter"
        // Ctrl+Z here takes back the last coding, not the typing of a filter.
        data-app-undo=""
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeKey !== null ? optionId(activeKey) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('ui.coding.filterPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {codes.length === 0 && <p className="muted small">{t('ui.coding.noCodes')}</p>}
      {codes.length > 0 && entries.length === 0 && <p className="muted small">{t('ui.coding.noMatches', { query: query.trim() })}</p>}
      <div ref={listRef} id={`${id}-list`} className="palette-list" role="listbox" aria-label={t('ui.coding.codesLabel')} onMouseMove={() => byKeyboard && setByKeyboard(false)}>
        {sections.map((section) => (
          <div key={section.key} role="group" aria-labelledby={`${id}-${section.key}`} className="palette-group">
            <div id={`${id}-${section.key}`} role="presentation" className="palette-group-label">
              {section.label}
            </div>
            {section.entries.map((entry) => (
              <PaletteOption
                key={entry.key}
                id={optionId(entry.key)}
                entryKey={entry.key}
                code={entry.code}
                groupLabel={section.key === 'matches' ? entry.groupLabel : ''}
                broad={entry.broad}
                depth={entry.depth}
                active={entry.key === activeKey}
                language={language}
                draggable={draggable}
                onChoose={choose}
              />
            ))}
          </div>
        ))}
      </div>
      <p className="palette-hint muted small">{hint}</p>
    </section>
  );
});
