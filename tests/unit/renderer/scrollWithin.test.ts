import { describe, expect, it } from 'vitest';
import { scrollWithin } from '../../../renderer/ui/scrollWithin';

/** A box at a place on the screen; the container's scrollTop moves its items, not itself. */
function fakeList(top: number, bottom: number) {
  return { scrollTop: 0, getBoundingClientRect: () => ({ top, bottom }) } as unknown as HTMLElement;
}
function fakeItem(list: HTMLElement, top: number, bottom: number) {
  return { getBoundingClientRect: () => ({ top: top - list.scrollTop, bottom: bottom - list.scrollTop }) } as unknown as HTMLElement;
}

describe('scrollWithin', () => {
  it('scrolls the list down to an item below it and up to one above it, by just enough', () => {
    const list = fakeList(100, 300);
    scrollWithin(list, fakeItem(list, 320, 350));
    expect(list.scrollTop).toBe(50);
    // An item at 110–130 of the list's content is at 60–80 on screen now: up by 40.
    scrollWithin(list, fakeItem(list, 110, 130));
    expect(list.scrollTop).toBe(10);
  });

  it('leaves the list alone when the item is in view, and shows the top of an item taller than the list', () => {
    const list = fakeList(100, 300);
    scrollWithin(list, fakeItem(list, 150, 200));
    expect(list.scrollTop).toBe(0);
    scrollWithin(list, fakeItem(list, 350, 700));
    expect(list.scrollTop).toBe(250);
  });
});
