/**
 * Scrolls a list so that one of its items is in view, scrolling that list alone: unlike scrollIntoView,
 * no scrolling ancestor moves (the reader's side stays where it is, with the selected quote's judgement).
 */
export function scrollWithin(container: HTMLElement, item: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top) container.scrollTop -= box.top - at.top;
  else if (at.bottom > box.bottom) container.scrollTop += Math.min(at.bottom - box.bottom, at.top - box.top);
}
