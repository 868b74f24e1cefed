import { useId, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/domain';
import { routeHref } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { CodeNotes } from './CodeNotes';
import type { CodeNode } from './codeTree';
import { canDrop, dropPlan, zoneAt, type DropZone, type MovePlan } from '../../../shared/coding/movePlans';
import { NO_EVIDENCE, type EvidenceCount } from './useEvidenceCounts';

/** What every item of a tree shares: the tree's state and what to do on select, toggle and drop. */
export interface TreeContext {
  evaluationId: Id;
  codes: readonly Code[];
  counts: ReadonlyMap<Id, EvidenceCount> | undefined;
  selectedId: Id | null;
  /** The item that takes Tab into the tree. */
  tabbableId: Id | null;
  collapsed: ReadonlySet<Id>;
  showNotes: boolean;
  dragged: Code | null;
  dropHint: { id: Id; zone: DropZone } | null;
  onSelect: (id: Id) => void;
  onToggle: (id: Id) => void;
  onDragStart: (code: Code) => void;
  onDragHint: (hint: { id: Id; zone: DropZone } | null) => void;
  onDrop: (code: Code, plan: MovePlan) => void;
  onDragEnd: () => void;
  registerItem: (id: Id, element: HTMLElement | null) => void;
}

interface CodeTreeItemProps {
  node: CodeNode;
  setSize: number;
  posInSet: number;
  ctx: TreeContext;
}

/**
 * One code of the tree (role treeitem): a row with its colour, label, shortcut and evidence count (a link
 * to its quotes), its notes when shown, and its child codes when expanded. The row can be dragged.
 */
export function CodeTreeItem({ node, setSize, posInSet, ctx }: CodeTreeItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { code } = node;
  const hasChildren = node.children.length > 0;
  const expanded = hasChildren && !ctx.collapsed.has(code.id);
  const selected = ctx.selectedId === code.id;
  const label = codeLabel(code, i18n.language);
  const count = ctx.counts?.get(code.id) ?? NO_EVIDENCE;
  const hint = ctx.dropHint?.id === code.id ? ctx.dropHint.zone : null;

  const zoneFor = (event: DragEvent<HTMLElement>): DropZone => {
    const rect = event.currentTarget.getBoundingClientRect();
    const zone = zoneAt(event.clientY, rect.top, rect.height);
    return zone === 'after' && expanded ? 'intoFirst' : zone;
  };

  const rowClass = ['code-row', selected ? 'code-row-selected' : '', ctx.dragged?.id === code.id ? 'code-row-dragged' : '', hint ? `drop-${hint}` : ''].filter(Boolean).join(' ');
  return (
    <li
      role="treeitem"
      ref={(element) => ctx.registerItem(code.id, element)}
      data-code-id={code.id}
      className="code-item"
      aria-level={node.depth + 1}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-meta`}
      tabIndex={ctx.tabbableId === code.id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) ctx.onSelect(code.id);
      }}
    >
      <div
        className={rowClass}
        draggable
        onDragStart={(event) => {
          event.stopPropagation();
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', label);
          ctx.onDragStart(code);
        }}
        onDragOver={(event) => {
          if (!ctx.dragged || !canDrop(ctx.codes, ctx.dragged, code)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          const zone = zoneFor(event);
          if (hint !== zone) ctx.onDragHint({ id: code.id, zone });
        }}
        onDragLeave={(event) => {
          if (hint && !event.currentTarget.contains(event.relatedTarget as Node | null)) ctx.onDragHint(null);
        }}
        onDrop={(event) => {
          event.preventDefault();
          const plan = ctx.dragged ? dropPlan(ctx.codes, ctx.dragged, code, zoneFor(event)) : null;
          if (ctx.dragged && plan) ctx.onDrop(ctx.dragged, plan);
          ctx.onDragEnd();
        }}
        onDragEnd={() => ctx.onDragEnd()}
      >
        <span className="code-toggle" aria-hidden="true" onClick={() => hasChildren && ctx.onToggle(code.id)}>
          {hasChildren ? (expanded ? '▾' : '▸') : ''}
        </span>
        <span className="code-swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
        <span id={`${id}-label`} className={node.depth === 0 ? 'code-label code-label-top' : 'code-label'}>
          {label}
        </span>
        <span id={`${id}-meta`} className="code-meta">
          {code.shortcut && (
            <kbd className="code-shortcut" title={t('ui.codebookEditor.shortcut', { key: code.shortcut })}>
              <span className="visually-hidden">{t('ui.codebookEditor.form.shortcut')} </span>
              {code.shortcut}
            </kbd>
          )}
          <a
            className={count.segments + count.data === 0 ? 'code-count code-count-none' : 'code-count'}
            href={routeHref({ name: 'code', evaluationId: ctx.evaluationId, codeId: code.id })}
            tabIndex={-1}
            title={t('ui.codebookEditor.countTitle', { code: label })}
            draggable={false}
          >
            {t('ui.codebookEditor.quotes', { count: count.segments })}
            {count.data > 0 && ` · ${t('ui.codebookEditor.dataRows', { count: count.data })}`}
          </a>
        </span>
      </div>
      {ctx.showNotes && <CodeNotes code={code} language={i18n.language} />}
      {expanded && (
        <ul role="group" className="code-group">
          {node.children.map((child, i) => (
            <CodeTreeItem key={child.code.id} node={child} setSize={node.children.length} posInSet={i + 1} ctx={ctx} />
          ))}
        </ul>
      )}
    </li>
  );
}
