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
        provideStaticRuntimeConfig({ apiBaseUrl: '/api/', hubUrl: '/.well-known/mercure' }),
      ],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
  });

  it('paints the landing screen first, then the status panel that asks the API', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);

    expect(host.querySelector('h1')?.textContent).toBe('Book your pitch');
    expect(host.querySelector('be-service-status')).toBeNull();
    http.expectNone('/api/health');

    const [statusBlock] = await fixture.getDeferBlocks();
    await statusBlock.render(DeferBlockState.Complete);
    TestBed.tick();

    expect(host.querySelector('main be-service-status')).not.toBeNull();
    // The configured base is used as given, trailing slash or not.
    http.expectOne('/api/health');
  });
});
