import type { ElementRef, Signal } from '@angular/core';
import { afterNextRender } from '@angular/core';

/**
 * Moves focus to a page's or step's heading once rendered (it needs tabindex="-1"): after
 * a route change a screen reader announces where the guest landed, and Tab continues from
 * there instead of from the link that was pressed.
 */
export function focusOnArrival(heading: Signal<ElementRef<HTMLElement> | undefined>): void {
  afterNextRender({ write: () => heading()?.nativeElement.focus() });
}
