import type { Block, BlockKind } from '../../domain/document';
import { DEFAULT_GUARD, type LimitGuard } from '../../domain/importLimits';

export type BlockOptions = Partial<Pick<Block, 'level' | 'page' | 'running' | 'list' | 'cell' | 'note'>>;

/**
 * Builds a document's text model block by block: every block's text is NFC-normalised, white space at
 * its ends trimmed, line ends made `\n`, and blocks are joined by a blank line. Empty blocks are skipped.
 * Every importer uses this, so offsets mean the same in every format. The guard's limits on characters
 * and blocks hold block by block.
 */
export function createTextModelBuilder(guard: LimitGuard = DEFAULT_GUARD) {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  return {
    add(kind: BlockKind, raw: string, options: BlockOptions = {}): Block | null {
      guard.check('characters', length + raw.length);
      const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
      if (text === '') return null;
      guard.check('blocks', blocks.length + 1);
      guard.tick();
      if (parts.length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      const block: Block = { id: `b${blocks.length + 1}`, kind, level: options.level ?? null, page: options.page ?? null, start: length, end: length + text.length };
      if (options.running) block.running = options.running;
      if (options.list) block.list = options.list;
      if (options.cell) block.cell = options.cell;
      if (options.note) block.note = options.note;
      parts.push(text);
      length += text.length;
      blocks.push(block);
      return block;
    },
    get blockCount(): number {
      return blocks.length;
    },
    build(): { text: string; blocks: Block[] } {
      return { text: parts.join(''), blocks };
    },
  };
}

export type TextModelBuilder = ReturnType<typeof createTextModelBuilder>;
