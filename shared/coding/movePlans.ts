import type { Code, Id } from '../domain';
import { childrenOf, subtreeIds } from './codeTree';

/** The siblings of a code (itself included), in their order. */
function siblingsOf(codes: readonly Code[], code: Code): Code[] {
  return childrenOf(codes, code.parentId, code.frameworkId);
}

/** The direct children of a code, in their order. */
function childrenOfCode(codes: readonly Code[], codeId: Id): Code[] {
  return childrenOf(codes, codeId, null);
}

/** Where a move puts a code (the arguments of repos.codebook.move) and the code it moves past or into. */
export interface MovePlan {
  parentId: Id | null;
  index: number;
  /** The sibling it passes (up, down), the code it goes into (in) or comes out of (out). */
  target: Code;
}

export type MoveDirection = 'up' | 'down' | 'in' | 'out';

/**
 * The four keyboard moves of a code: up and down among its siblings, in (last under the sibling above)
 * and out (right after its parent). Null where a move is not possible.
 */
export function movePlans(codes: readonly Code[], code: Code): Record<MoveDirection, MovePlan | null> {
  const siblings = siblingsOf(codes, code);
  const at = siblings.findIndex((c) => c.id === code.id);
  const above = at > 0 ? (siblings[at - 1] as Code) : null;
  const below = at >= 0 && at < siblings.length - 1 ? (siblings[at + 1] as Code) : null;
  const parent = code.parentId === null ? null : (codes.find((c) => c.id === code.parentId) ?? null);
  return {
    up: above ? { parentId: code.parentId, index: at - 1, target: above } : null,
    down: below ? { parentId: code.parentId, index: at + 1, target: below } : null,
    in: above ? { parentId: above.id, index: childrenOfCode(codes, above.id).length, target: above } : null,
    out: parent ? { parentId: parent.parentId, index: siblingsOf(codes, parent).findIndex((c) => c.id === parent.id) + 1, target: parent } : null,
  };
}

/**
 * Where on a code a dragged code is dropped: before it, after it, into it as its last child, or into it
 * as its first child (below an open code with children, which is where "after" would show).
 */
export type DropZone = 'before' | 'after' | 'into' | 'intoFirst';

/** Whether a code may be dropped on another: same framework, and not on itself or below itself. */
export function canDrop(codes: readonly Code[], dragged: Code, target: Code): boolean {
  return dragged.frameworkId === target.frameworkId && !subtreeIds(codes, dragged.id).has(target.id);
}

/** The move a drop makes, or null when the drop is not allowed. */
export function dropPlan(codes: readonly Code[], dragged: Code, target: Code, zone: DropZone): MovePlan | null {
  if (!canDrop(codes, dragged, target)) return null;
  if (zone === 'intoFirst') return { parentId: target.id, index: 0, target };
  if (zone === 'into') return { parentId: target.id, index: childrenOfCode(codes, target.id).filter((c) => c.id !== dragged.id).length, target };
  const siblings = siblingsOf(codes, target).filter((c) => c.id !== dragged.id);
  const at = siblings.findIndex((c) => c.id === target.id);
  return { parentId: target.parentId, index: at + (zone === 'after' ? 1 : 0), target };
}

/** The drop zone for a pointer at `y` over a row from `top` of `height`: the outer quarters are between codes. */
export function zoneAt(y: number, top: number, height: number): DropZone {
  const offset = (y - top) / Math.max(1, height);
  if (offset < 0.25) return 'before';
  if (offset > 0.75) return 'after';
  return 'into';
}
