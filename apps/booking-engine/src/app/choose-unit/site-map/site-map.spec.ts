import { Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { Unit } from '@pitchdesk/domain';
import type { Placed } from '../map-geometry';
import { toUnitViews } from '../unit-view';
import { SiteMap } from './site-map';

function unit(id: string, x: number, y: number): Unit {
  return {
    id,
    unitTypeId: 'type-pitch',
    code: id.toUpperCase(),
    attributes: { sizeM2: 80, maxGuests: 6, petsAllowed: false, electricityAmps: null, water: false, drainage: false, shade: 'none', maxVehicleLengthM: null, accessible: true, features: [] },
    map: { x, y, width: 10, height: 8, rotationDeg: 0 },
  };
}

// A01 A02 A03 in a row, B01 below A01; A02 is not available.
const units = toUnitViews([unit('a01', 0, 0), unit('a02', 12, 0), unit('a03', 24, 0), unit('b01', 0, 12)], new Set(['a01', 'a03', 'b01']), 'en');

@Component({
  imports: [SiteMap],
  template: `<be-site-map [units]="units" [context]="context" [selectedUnitId]="selected()" (chosen)="selected.set($event)" />`,
})
class Host {
  readonly units = units;
  readonly context: readonly Placed[] = [];
  readonly selected = signal<string | null>(null);
}

describe('SiteMap', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const unitAt = (code: string) => element.querySelector<SVGGElement>(`[data-unit-code="${code}"]`) as SVGGElement;
  const tabStops = () => [...element.querySelectorAll('[data-unit-code][tabindex="0"]')].map((node) => node.getAttribute('data-unit-code'));

  async function press(code: string, key: string): Promise<void> {
    unitAt(code).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await fixture.whenStable();
  }

  it('says what each unit is and whether it is free, in its accessible name', () => {
    expect(unitAt('A01').getAttribute('aria-label')).toBe(
      'A01, 80 m², no electricity, no shade, no pets, no vehicle space, up to 6 guests, wheelchair accessible, free',
    );
    expect(unitAt('A02').getAttribute('aria-label')).toMatch(/^A02, .*, not available$/);
  });

  it('is one tab stop; arrow keys move it across the map, Enter chooses a free unit', async () => {
    expect(tabStops()).toEqual(['A01']);

    await press('A01', 'ArrowRight');
    expect(tabStops()).toEqual(['A02']);
    expect(document.activeElement).toBe(unitAt('A02'));

    // A02 is not available: Enter does nothing.
    await press('A02', 'Enter');
    expect(fixture.componentInstance.selected()).toBeNull();

    await press('A02', 'ArrowRight');
    await press('A03', 'Enter');
    expect(fixture.componentInstance.selected()).toBe('a03');
    expect(unitAt('A03').getAttribute('aria-pressed')).toBe('true');

    await press('A03', 'ArrowLeft');
    await press('A02', 'ArrowLeft');
    await press('A01', 'ArrowDown');
    expect(document.activeElement).toBe(unitAt('B01'));
    expect(tabStops()).toEqual(['B01']);
  });

  it('zooms in and out within its limits', async () => {
    const svg = element.querySelector('svg.map') as SVGSVGElement;
    const zoomIn = element.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement;
    const width = () => Number(svg.getAttribute('width'));
    const before = width();

    zoomIn.click();
    await fixture.whenStable();
    expect(width()).toBeGreaterThan(before);

    for (let step = 0; step < 10; step++) {
      zoomIn.click();
      await fixture.whenStable();
    }
    expect(zoomIn.disabled).toBe(true);
  });
});
