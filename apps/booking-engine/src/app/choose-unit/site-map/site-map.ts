import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, output, signal, untracked, viewChild } from '@angular/core';
import type { MapShape } from '@pitchdesk/domain';
import type { MapDirection, Placed } from '../map-geometry';
import { boundsOf, centreOf, neighbourTowards } from '../map-geometry';
import type { UnitView } from '../unit-view';

/** Pixels per metre; 3 makes a 10 × 8 m pitch 30 × 24 px, a usable pointer target on a phone. */
const ZOOM_LEVELS = [1, 1.5, 2, 3, 4, 6] as const;
const DEFAULT_ZOOM = 3;
/** Below this scale unit codes would be unreadable: shapes only. */
const LABEL_MIN_SCALE = 2;
const MARGIN_M = 6;

const ARROWS: Readonly<Record<string, MapDirection>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

let nextMapId = 0;

/**
 * The site map: every unit of the site for orientation, the chosen type's units on top.
 * Free ones are buttons (click, or one tab stop plus arrow keys, Enter to choose); the
 * unit list next to it offers the same choice. State is never colour alone: unavailable
 * units are hatched, the chosen one is inverted and carries a check mark.
 */
@Component({
  selector: 'be-site-map',
  templateUrl: './site-map.html',
  styleUrl: './site-map.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteMap {
  /** Units of the type being chosen. */
  readonly units = input.required<readonly UnitView[]>();
  /** Every other unit of the site, drawn for orientation only. */
  readonly context = input.required<readonly Placed[]>();
  readonly selectedUnitId = input<string | null>(null);
  readonly chosen = output<string>();

  private readonly viewport = viewChild.required<ElementRef<HTMLElement>>('viewport');
  private readonly injector = inject(Injector);

  protected readonly ids = { hatch: `be-map-hatch-${nextMapId}`, hint: `be-map-hint-${nextMapId++}` };
  protected readonly zoomIndex = signal<number>(ZOOM_LEVELS.indexOf(DEFAULT_ZOOM));
  protected readonly scale = computed(() => ZOOM_LEVELS[this.zoomIndex()] ?? DEFAULT_ZOOM);
  protected readonly canZoomIn = computed(() => this.zoomIndex() < ZOOM_LEVELS.length - 1);
  protected readonly canZoomOut = computed(() => this.zoomIndex() > 0);
  protected readonly showLabels = computed(() => this.scale() >= LABEL_MIN_SCALE);
  protected readonly bounds = computed(() => boundsOf([...this.units(), ...this.context()], MARGIN_M));
  protected readonly viewBox = computed(() => {
    const { x, y, width, height } = this.bounds();
    return `${x} ${y} ${width} ${height}`;
  });

  /** The unit the keyboard last moved to; the roving tab stop stays on it while it exists. */
  private readonly focusedId = signal<string | null>(null);
  protected readonly tabStopId = computed(() => {
    const units = this.units();
    const focused = this.focusedId();
    const selected = this.selectedUnitId();
    if (focused && units.some((unit) => unit.id === focused)) {
      return focused;
    }
    if (selected && units.some((unit) => unit.id === selected)) {
      return selected;
    }
    return (units.find((unit) => unit.state === 'free') ?? units[0])?.id ?? null;
  });

  constructor() {
    // Bring the chosen unit (or, at first, the type's area) into the map's view, e.g. when
    // it was chosen in the list: scrolls the map only, never the page.
    let first = true;
    effect(() => {
      const selected = this.selectedUnitId();
      const units = untracked(this.units);
      const target = units.find((unit) => unit.id === selected);
      const centreFirst = first;
      first = false;
      afterNextRender({ write: () => (target ? this.reveal(target.map) : centreFirst && this.showType()) }, { injector: this.injector });
    });
  }

  protected choose(unit: UnitView): void {
    this.focusedId.set(unit.id);
    if (unit.state === 'free') {
      this.chosen.emit(unit.id);
    }
  }

  protected onKey(event: KeyboardEvent, unit: UnitView): void {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighbourTowards(unit, this.units(), direction);
      if (next) {
        this.focusedId.set(next.id);
        this.viewport().nativeElement.querySelector<SVGGElement>(`[data-unit-id="${next.id}"]`)?.focus();
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(unit);
    }
  }

  protected zoom(step: 1 | -1): void {
    const element = this.viewport().nativeElement;
    const { x, y } = this.bounds();
    const scale = this.scale();
    // Keep the point at the middle of the view where it is.
    const centre = { x: x + (element.scrollLeft + element.clientWidth / 2) / scale, y: y + (element.scrollTop + element.clientHeight / 2) / scale };
    this.zoomIndex.update((index) => Math.min(Math.max(index + step, 0), ZOOM_LEVELS.length - 1));
    afterNextRender({ write: () => this.centreOn(centre) }, { injector: this.injector });
  }

  protected transformOf(shape: MapShape): string | null {
    if (shape.rotationDeg === 0) {
      return null;
    }
    const centre = centreOf(shape);
    return `rotate(${shape.rotationDeg} ${centre.x} ${centre.y})`;
  }

  /** A check mark in the badge on the chosen unit's top-right corner. */
  protected checkPath(shape: MapShape): string {
    const x = shape.x + shape.width;
    return `M${x - 1.2} ${shape.y}l0.9 0.9l1.6 -1.8`;
  }

  protected labelSize(shape: MapShape): number {
    return Math.min(shape.height * 0.42, shape.width * 0.3, 3.4);
  }

  /** Scrolls the map just enough to show a unit whole; leaves it alone when it already is. */
  private reveal(shape: MapShape): void {
    const element = this.viewport().nativeElement;
    const { x, y } = this.bounds();
    const scale = this.scale();
    const left = (shape.x - x) * scale;
    const top = (shape.y - y) * scale;
    const visible =
      left >= element.scrollLeft &&
      top >= element.scrollTop &&
      left + shape.width * scale <= element.scrollLeft + element.clientWidth &&
      top + shape.height * scale <= element.scrollTop + element.clientHeight;
    if (!visible) {
      this.centreOn(centreOf(shape));
    }
  }

  /** Shows the type's units: centred when they fit the view, else from their top-left corner. */
  private showType(): void {
    const units = this.units();
    if (units.length === 0) {
      return;
    }
    const element = this.viewport().nativeElement;
    const area = boundsOf(units, MARGIN_M);
    const scale = this.scale();
    const x = area.width * scale <= element.clientWidth ? area.x + area.width / 2 : area.x + element.clientWidth / scale / 2;
    const y = area.height * scale <= element.clientHeight ? area.y + area.height / 2 : area.y + element.clientHeight / scale / 2;
    this.centreOn({ x, y });
  }

  private centreOn(point: { x: number; y: number }): void {
    const element = this.viewport().nativeElement;
    const { x, y } = this.bounds();
    const scale = this.scale();
    element.scrollLeft = (point.x - x) * scale - element.clientWidth / 2;
    element.scrollTop = (point.y - y) * scale - element.clientHeight / 2;
  }
}
