import { useState, type KeyboardEvent } from 'react';
import type { Code, Id } from '../../../shared/domain';
import { CodeTreeItem, type TreeContext } from './CodeTreeItem';
import { visibleCodes, type CodeNode } from './codeTree';
import type { DropZone, MoveDirection } from '../../../shared/coding/movePlans';

/** What a key on a code asks for, beyond moving the focus. */
export type TreeCommand = 'open' | 'edit' | 'delete' | MoveDirection;

type SharedContext = Omit<TreeContext, 'tabbableId' | 'dragged' | 'dropHint' | 'onDragStart' | 'onDragHint' | 'onDragEnd'>;

interface CodeTreeProps extends SharedContext {
  label: string;
  roots: readonly CodeNode[];
  onCommand: (command: TreeCommand, code: Code) => void;
  /** Moves the focus to a code's item (it is rendered: the tree only asks for visible codes). */
  focusItem: (id: Id) => void;
}

const MOVE_KEYS: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' };

/**
 * One framework's codes as an ARIA tree: one Tab stop, arrow keys to move between codes and open or
 * close them, Home and End, Enter to open a code's quotes, F2 to edit, Delete to delete, Alt+Shift+arrows
 * to move a code; and drag and drop of codes within the framework.
 */
export function CodeTree({ label, roots, onCommand, focusItem, ...shared }: CodeTreeProps) {
  const [dragged, setDragged] = useState<Code | null>(null);
  const [dropHint, setDropHint] = useState<{ id: Id; zone: DropZone } | null>(null);
  const visible = visibleCodes(roots, shared.collapsed);
  const tabbableId = visible.some((node) => node.code.id === shared.selectedId) ? shared.selectedId : (visible[0]?.code.id ?? null);

  const ctx: TreeContext = {
    ...shared,
    tabbableId,
    dragged,
    dropHint,
    onDragStart: setDragged,
    onDragHint: setDropHint,
    onDragEnd: () => {
      setDragged(null);
      setDropHint(null);
    },
  };

  const go = (node: CodeNode | undefined) => {
    if (!node) return;
    shared.onSelect(node.code.id);
    focusItem(node.code.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const item = event.target as HTMLElement;
    if (item.getAttribute('role') !== 'treeitem') return;
    const index = visible.findIndex((node) => node.code.id === item.dataset.codeId);
    const node = visible[index];
    if (!node) return;
    const { code } = node;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && MOVE_KEYS[event.key]) {
      event.preventDefault();
      onCommand(MOVE_KEYS[event.key] as MoveDirection, code);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const open = node.children.length > 0 && !shared.collapsed.has(code.id);
    switch (event.key) {
      case 'ArrowDown':
        go(visible[index + 1]);
        break;
      case 'ArrowUp':
        go(visible[index - 1]);
        break;
      case 'ArrowRight':
        if (node.children.length === 0) return;
        if (open) go(node.children[0]);
        else shared.onToggle(code.id);
        break;
      case 'ArrowLeft':
        if (open) shared.onToggle(code.id);
        else go(visible.find((candidate) => candidate.code.id === code.parentId));
        break;
      case 'Home':
        go(visible[0]);
        break;
      case 'End':
        go(visible.at(-1));
        break;
      case 'Enter':
        onCommand('open', code);
        break;
      case 'F2':
        onCommand('edit', code);
        break;
      case 'Delete':
        onCommand('delete', code);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ul role="tree" aria-label={label} className="code-tree" onKeyDown={onKeyDown}>
      {roots.map((node, i) => (
        <CodeTreeItem key={node.code.id} node={node} setSize={roots.length} posInSet={i + 1} ctx={ctx} />
      ))}
    </ul>
  );
}
