import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { StaffSession } from '../core/staff-session';

interface FieldErrors {
  readonly email?: string;
  readonly password?: string;
}

/** Staff sign-in: e-mail and password, errors listed in a summary that takes the focus. */
@Component({
  selector: 'pc-sign-in-page',
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly session = inject(StaffSession);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  /** Query parameters: why the user is here, and where to go back to. */
  readonly reason = input<string>();
  readonly next = input<string>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly pending = signal(false);
  protected readonly fieldErrors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);

  protected readonly notice = computed(() => {
    const reason = this.reason();
    if (reason === 'again') {
      return $localize`:@@sign-in.notice-again:Please sign in again.`;
    }
    return reason === 'expired' ? $localize`:@@sign-in.notice-expired:Your session has ended. Please sign in.` : null;
  });

  protected readonly hasErrors = computed(
    () => this.formError() !== null || this.fieldErrors().email !== undefined || this.fieldErrors().password !== undefined,
  );

  protected onInput(field: 'email' | 'password', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this[field].set(value);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending()) {
      return;
    }
    const errors = validate(this.email(), this.password());
    this.fieldErrors.set(errors);
    this.formError.set(null);
    if (errors.email || errors.password) {
      this.focusSummary();
      return;
    }
    this.pending.set(true);
    try {
      await this.session.signIn({ email: this.email(), password: this.password() });
      await this.router.navigateByUrl(safeNext(this.next()));
    } catch (error: unknown) {
      this.formError.set(signInMessage(error));
      this.focusSummary();
    } finally {
      this.pending.set(false);
    }
  }

  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.nativeElement.focus(), { injector: this.injector });
  }
}

function validate(email: string, password: string): FieldErrors {
  return {
    email:
      email.trim() === ''
        ? $localize`:@@sign-in.email-required:Enter your e-mail address.`
        : /^[^\s@]+@[^\s@]+$/.test(email.trim())
          ? undefined
          : $localize`:@@sign-in.email-invalid:Enter an e-mail address such as anna@example.org.`,
    password: password === '' ? $localize`:@@sign-in.password-required:Enter your password.` : undefined,
  };
}

function signInMessage(error: unknown): string {
  const problem = describeApiProblem(error);
  if (problem.kind === 'unreachable') {
    return $localize`:@@sign-in.unreachable:The server cannot be reached. Check the connection and try again.`;
  }
  switch (problem.code) {
    case 'INVALID_CREDENTIALS': {
      const left = problem.details['attemptsLeft'];
      return typeof left === 'number'
        ? $localize`:@@sign-in.invalid-attempts:The e-mail address or the password is not right. ${left}:attemptsLeft: attempts left before sign-in is locked.`
        : $localize`:@@sign-in.invalid:The e-mail address or the password is not right.`;
    }
    case 'ACCOUNT_LOCKED':
    case 'TOO_MANY_ATTEMPTS':
    case 'SIGN_IN_UNAVAILABLE':
      // The API's message says for how long; it is the one to show.
      return problem.message;
    default:
      return $localize`:@@sign-in.failed:Signing in failed (${problem.code}:code:). Try again.`;
  }
}

/** Only a path of this app: never an open redirect to another site. */
function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}
