import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { StaffRoleName } from '@pitchdesk/contracts';
import { StaffSession } from './core/staff-session';

function roleLabel(role: StaffRoleName): string {
  switch (role) {
    case 'admin':
      return $localize`:@@shell.role-admin:Admin`;
    case 'reception':
      return $localize`:@@shell.role-reception:Reception`;
    case 'read-only':
      return $localize`:@@shell.role-read-only:Read-only`;
  }
}

@Component({
  selector: 'pc-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly session = inject(StaffSession);
  private readonly router = inject(Router);

  protected readonly staff = this.session.staff;
  protected readonly role = computed(() => {
    const staff = this.staff();
    return staff ? roleLabel(staff.role) : '';
  });
  protected readonly signingOut = signal(false);

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.session.signOut();
    } catch {
      // The session is forgotten here either way; the cookie dies with its expiry.
    } finally {
      this.signingOut.set(false);
      await this.router.navigateByUrl('/sign-in');
    }
  }
}
