import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Block } from '../../../shared/domain';
import { layerHighlights, piecesOf, type Highlight } from '../../../shared/text/pieces';
import { groupItems, headingLevel, type ListGroup, type ReaderItem, type TableGroup } from './items';
import type { Chunk } from './layout';
import { MarginBars } from './MarginBars';
import { samePaints, underlines, UNCODED_COLOUR, withAlpha, type SegmentPaint } from './paint';

/** The words the rendered text needs besides the document's own, from the catalog. */
export interface ReaderLabels {
  page: (label: string) => string;
  footnote: string;
  endnote: string;
  notePage: (page: string) => string;
  comment: (author: string | null) => string;
  runningHeader: string;
  runningFooter: string;
}

/** What every chunk paints with: the text and the labels (the segments come with each chunk's ranges). */
export interface PaintContext {
  text: string;
  language: string;
  labels: ReaderLabels;
  listNumbers: ReadonlyMap<string, number>;
  mixedNotes: boolean;
}

export interface ChunkContentProps {
  chunk: Chunk;
  ctx: PaintContext;
  /** The coded segments touching this chunk, painted. */
  ranges: readonly SegmentPaint[];
  /** Find matches in this chunk; `current` is the id of the current match when it is here, else -1. */
  highlights: readonly Highlight[];
  current: number;
  /** The selected segment when it touches this chunk, else null. */
  selected: string | null;
}

interface PieceProps extends Omit<ChunkContentProps, 'chunk'> {
  block: Block;
  paintById: ReadonlyMap<string, SegmentPaint>;
}

/**
 * A block's text as pieces: every piece is one element with `data-start` holding one text node, so a
 * selection maps back to offsets (renderer/features/reader/selectionOffsets.ts). Coded pieces and find matches
 * are <mark>s; the text is always a React text node, never HTML.
 */
function Pieces({ block, ctx, ranges, highlights, current, selected, paintById }: PieceProps): ReactNode {
  const inBlock = highlights.filter((h) => h.start >= block.start && h.end <= block.end);
  const pieces = layerHighlights(piecesOf(block.start, block.end, ranges), inBlock);
  return pieces.map((piece) => {
    const text = ctx.text.slice(piece.start, piece.end);
    const hit = piece.highlight !== null;
    if (piece.segmentIds.length === 0 && !hit) {
      return (
        <span key={piece.start} data-start={piece.start}>
          {text}
        </span>
      );
    }
    const classes: string[] = [];
    let style: CSSProperties | undefined;
    let title: string | undefined;
    if (piece.segmentIds.length > 0) {
      const paints = piece.segmentIds
        .map((id) => paintById.get(id))
        .filter((paint): paint is SegmentPaint => paint !== undefined)
        .sort((a, b) => a.lane - b.lane);
      // The innermost segment (highest lane) tints the text; every segment adds its own underline.
      const tint = paints[paints.length - 1]?.colours[0] ?? UNCODED_COLOUR;
      classes.push('coded');
      if (piece.segmentIds.length > 1) classes.push('coded-overlap');
      if (selected !== null && piece.segmentIds.includes(selected)) classes.push('seg-selected');
      style = { boxShadow: underlines(paints), ...(hit ? {} : { backgroundColor: withAlpha(tint, 0.24) }) };
      title = paints.map((paint) => paint.label).join(' · ');
    }
    if (hit) {
      classes.push('find-hit');
      if (piece.highlight === current) classes.push('find-current');
    }
    return (
      <mark
        key={piece.start}
        data-start={piece.start}
        data-seg={piece.segmentIds.length > 0 ? piece.segmentIds.join(' ') : undefined}
        data-hit={hit ? piece.highlight : undefined}
        className={classes.join(' ')}
        style={style}
        title={title}
      >
        {text}
      </mark>
    );
  });
}

function ListView({ list, props }: { list: ListGroup; props: Omit<PieceProps, 'block'> }): ReactNode {
  const items = list.items.map((node, index) => (
    <li key={node.block?.id ?? `gap-${index}`} className={node.block ? undefined : 'doc-list-gap'} data-block={node.block?.id}>
      {node.block && <Pieces block={node.block} {...props} />}
      {node.children.map((child, childIndex) => (
        <ListView key={childIndex} list={child} props={props} />
      ))}
    </li>
  ));
  return list.ordered ? (
    <ol className="doc-list" start={list.start !== 1 ? list.start : undefined}>
      {items}
    </ol>
  ) : (
    <ul className="doc-list">{items}</ul>
  );
}

function TableView({ table, props }: { table: TableGroup; props: Omit<PieceProps, 'block'> }): ReactNode {
  const cell = (block: Block | null, column: number, inHead: boolean) => {
    if (!block) return <td key={`empty-${column}`} />;
    const content = <Pieces block={block} {...props} />;
    if (inHead)
      return (
        <th key={block.id} scope="col" data-block={block.id}>
          {content}
        </th>
      );
    if (block.cell?.header)
      return (
        <th key={block.id} scope={column === 0 ? 'row' : undefined} data-block={block.id}>
          {content}
        </th>
      );
    return (
      <td key={block.id} data-block={block.id}>
        {content}
      </td>
    );
  };
  return (
    <table className="doc-table">
      {table.head.length > 0 && (
        <thead>
          {table.head.map((row) => (
            <tr key={row.row}>{row.cells.map((block, column) => cell(block, column, true))}</tr>
          ))}
        </thead>
      )}
      {table.body.length > 0 && (
        <tbody>
          {table.body.map((row) => (
            <tr key={row.row}>{row.cells.map((block, column) => cell(block, column, false))}</tr>
          ))}
        </tbody>
      )}
    </table>
  );
}

function BlockView({ block, props }: { block: Block; props: Omit<PieceProps, 'block'> }): ReactNode {
  const { labels } = props.ctx;
  const content = <Pieces block={block} {...props} />;
  if (block.running) {
    return (
      <p className={`doc-running doc-running-${block.running}`} data-block={block.id}>
        <span className="doc-running-label">{block.running === 'header' ? labels.runningHeader : labels.runningFooter}</span>
        {content}
      </p>
    );
  }
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${headingLevel(block)}` as const;
      return (
        <Heading className="doc-heading" data-block={block.id}>
          {content}
        </Heading>
      );
    }
    case 'textBox':
      return (
        <aside className="doc-textbox">
          <p data-block={block.id}>{content}</p>
        </aside>
      );
    case 'note': {
      const kind = block.note?.kind === 'endnote' ? labels.endnote : labels.footnote;
      return (
        <div className="doc-note" data-block={block.id}>
          <span className="doc-note-label">{block.note?.label ?? ''}</span>
          <p className="doc-note-text">
            {(props.ctx.mixedNotes || block.page !== null) && (
              <span className="doc-note-meta">{[props.ctx.mixedNotes ? kind : null, block.page !== null ? labels.notePage(block.page) : null].filter(Boolean).join(', ')} </span>
            )}
            {content}
          </p>
        </div>
      );
    }
    case 'comment':
      return (
        <div className="doc-comment" data-block={block.id}>
          <p className="doc-comment-meta">
            {labels.comment(block.note?.author ?? null)}
            {block.page !== null && <span className="doc-comment-page"> · {labels.notePage(block.page)}</span>}
          </p>
          <p className="doc-comment-text">{content}</p>
        </div>
      );
    default:
      return (
        <p className="doc-p" data-block={block.id}>
          {content}
        </p>
      );
  }
}

function ItemView({ item, props }: { item: ReaderItem; props: Omit<PieceProps, 'block'> }): ReactNode {
  switch (item.type) {
    case 'block':
      return <BlockView block={item.block} props={props} />;
    case 'list':
      return <ListView list={item.list} props={props} />;
    case 'table':
      return <TableView table={item.table} props={props} />;
  }
}

function sameChunkProps(a: ChunkContentProps, b: ChunkContentProps): boolean {
  return a.chunk === b.chunk && a.ctx === b.ctx && a.highlights === b.highlights && a.current === b.current && a.selected === b.selected && samePaints(a.ranges, b.ranges);
}

/**
 * The rendered content of one chunk; renders again only when its own segments (as painted), matches or
 * selected segment change, so coding one passage repaints one chunk.
 */
export const ChunkContent = memo(function ChunkContent({ chunk, ctx, ranges, highlights, current, selected }: ChunkContentProps) {
  const items = useMemo(() => groupItems(chunk.blocks, ctx.listNumbers), [chunk, ctx.listNumbers]);
  const paintById = useMemo(() => new Map(ranges.map((paint) => [paint.id, paint])), [ranges]);
  const props = { ctx, ranges, highlights, current, selected, paintById };
  return (
    <>
      {items.map((item) => (
        <ItemView key={item.key} item={item} props={props} />
      ))}
      {ranges.length > 0 && <MarginBars ranges={ranges} selected={selected} />}
    </>
  );
}, sameChunkProps);

/** The quiet separator where a new page begins. */
export function PageMarker({ label }: { label: string }): ReactNode {
  return (
    <div className="page-marker" role="separator" aria-label={label}>
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
