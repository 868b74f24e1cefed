import type { Block } from '../../../shared/domain/document';

/** One item of a list; `block` is null for a level that the text skips (an item nested deeper than its parent). */
export interface ListNode {
  block: Block | null;
  children: ListGroup[];
}

/** A list (ul or ol) of items at one depth; `start` is the number of its first item. */
export interface ListGroup {
  ordered: boolean;
  depth: number;
  start: number;
  items: ListNode[];
}

export interface TableRow {
  row: number;
  /** One entry per column; null where the source has no cell (a merged or missing one). */
  cells: (Block | null)[];
}

/** A table (or the part of one that falls in a chunk): header rows first, then the body rows. */
export interface TableGroup {
  table: number;
  columns: number;
  head: TableRow[];
  body: TableRow[];
}

/** What a chunk renders: single blocks, lists grouped from consecutive list items, tables from cells. */
export type ReaderItem =
  | { type: 'block'; key: string; block: Block }
  | { type: 'list'; key: string; list: ListGroup }
  | { type: 'table'; key: string; table: TableGroup };

/** Heading element level for a block heading: the document title is the page's h1, so level 1 is h2 (at most h6). */
export function headingLevel(block: Block): 2 | 3 | 4 | 5 | 6 {
  const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1));
  return level as 2 | 3 | 4 | 5 | 6;
}

/** Nests consecutive list items into lists by depth; a change between numbered and bulleted starts a new list. */
export function groupList(items: readonly Block[], numbers: ReadonlyMap<string, number>): ListGroup[] {
  const roots: ListGroup[] = [];
  const stack: ListGroup[] = [];
  const open = (depth: number, ordered: boolean, start: number): ListGroup => {
    const group: ListGroup = { ordered, depth, start, items: [] };
    const parent = stack[stack.length - 1];
    const holder = parent?.items[parent.items.length - 1];
    if (holder) holder.children.push(group);
    else roots.push(group);
    stack.push(group);
    return group;
  };
  for (const block of items) {
    const depth = Math.max(0, block.list?.depth ?? 0);
    const ordered = block.list?.ordered ?? false;
    const number = numbers.get(block.id) ?? 1;
    while (stack.length > 0 && (stack[stack.length - 1] as ListGroup).depth > depth) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.depth === depth && top.ordered !== ordered) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.depth < depth) {
      // Levels the text skips get an unmarked item to hang the deeper list on, so indentation follows depth.
      for (let d = top ? top.depth + 1 : 0; d < depth; d++) {
        const gap = open(d, false, 1);
        gap.items.push({ block: null, children: [] });
      }
      top = open(depth, ordered, number);
    }
    top.items.push({ block, children: [] });
  }
  return roots;
}

/** Groups one table's consecutive cells into rows and columns; leading rows of header cells form the head. */
export function groupTable(cells: readonly Block[]): TableGroup {
  const rows = new Map<number, Block[]>();
  let columns = 0;
  for (const cell of cells) {
    const row = cell.cell?.row ?? 0;
    const list = rows.get(row) ?? [];
    list.push(cell);
    rows.set(row, list);
    columns = Math.max(columns, (cell.cell?.column ?? 0) + 1);
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b);
  const head: TableRow[] = [];
  const body: TableRow[] = [];
  for (const [row, rowCells] of ordered) {
    const slots: (Block | null)[] = Array.from({ length: columns }, () => null);
    for (const cell of rowCells) {
      const column = cell.cell?.column ?? 0;
      // Two cells claiming one slot (a malformed source): keep both, the second in the next free slot.
      let at = column;
      while (at < slots.length && slots[at] !== null) at++;
      if (at >= slots.length) slots.push(cell);
      else slots[at] = cell;
    }
    const isHead = body.length === 0 && rowCells.every((cell) => cell.cell?.header === true);
    (isHead ? head : body).push({ row, cells: slots });
  }
  const width = Math.max(columns, ...[...head, ...body].map((row) => row.cells.length));
  for (const row of [...head, ...body]) while (row.cells.length < width) row.cells.push(null);
  return { table: cells[0]?.cell?.table ?? 0, columns: width, head, body };
}

/**
 * Groups a chunk's blocks into what it renders: consecutive list items into nested lists, consecutive
 * cells of one table into a table; every other block stands alone.
 */
export function groupItems(blocks: readonly Block[], numbers: ReadonlyMap<string, number>): ReaderItem[] {
  const items: ReaderItem[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    if (block.kind === 'listItem') {
      let j = i;
      while (j < blocks.length && (blocks[j] as Block).kind === 'listItem') j++;
      for (const list of groupList(blocks.slice(i, j), numbers)) items.push({ type: 'list', key: `list-${items.length}-${block.id}`, list });
      i = j;
    } else if (block.kind === 'tableCell' && block.cell) {
      const table = block.cell.table;
      let j = i;
      while (j < blocks.length && (blocks[j] as Block).kind === 'tableCell' && (blocks[j] as Block).cell?.table === table) j++;
      items.push({ type: 'table', key: `table-${block.id}`, table: groupTable(blocks.slice(i, j)) });
      i = j;
    } else {
      items.push({ type: 'block', key: block.id, block });
      i++;
    }
  }
  return items;
}
