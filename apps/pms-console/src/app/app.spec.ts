import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { App } from './app';

describe('App', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
      ],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
  });

  it('renders the console header, then the health table that asks the API', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.querySelector('h1')?.textContent).toBe('Pitchdesk console');

    const [tableBlock] = await fixture.getDeferBlocks();
    await tableBlock.render(DeferBlockState.Complete);
    TestBed.tick();

    expect(host.querySelector('main pc-health-table')).not.toBeNull();
    TestBed.inject(HttpTestingController).expectOne('/api/health');
  });
});
