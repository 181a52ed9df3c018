import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, LOCALE_ID, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Registration } from '@pitchdesk/contracts';
import type { GroupKind, RegistrationField, RegistrationGap } from '@pitchdesk/contracts/front-desk';
import { ITALIAN_PROVINCES } from '@pitchdesk/contracts/front-desk';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { FrontDeskApi } from './front-desk-api';
import { errorsFromFields, errorsFromGaps, formGaps, guestForms, registrationBody, visibleFields } from './registration-form';
import type { GuestForm, RegistrationErrors } from './registration-form';
import { autocompleteOf, countryOptions, documentOptions, FIELD_GROUPS, fieldKind, fieldLabel, groupTitle } from './registration-labels';

/**
 * Check-in: every guest's registration for the police report, head of the family or group
 * first; a draft saves what is there, check-in saves and then asks the API, which names
 * what is still missing per guest and field.
 */
@Component({
  selector: 'pc-check-in-page',
  imports: [RouterLink],
  templateUrl: './check-in-page.html',
  styleUrl: './front-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInPage {
  private readonly api = inject(FrontDeskApi);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LOCALE_ID);
  readonly id = input.required<string>();

  protected readonly registration = signal<Registration | null>(null);
  protected readonly guests = signal<GuestForm[]>([]);
  protected readonly groupKind = signal<GroupKind | null>(null);
  protected readonly errors = signal<RegistrationErrors>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly checkedIn = signal(false);
  protected readonly busy = signal(false);

  protected readonly countries = countryOptions(this.locale);
  protected readonly provinces = ITALIAN_PROVINCES;
  protected readonly documents = documentOptions();
  protected readonly groups = FIELD_GROUPS;
  protected readonly label = fieldLabel;
  protected readonly kind = fieldKind;
  protected readonly autocomplete = autocompleteOf;
  protected readonly groupTitle = groupTitle;
  protected readonly partySize = computed(() => this.registration()?.partySize ?? 0);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected guestTitle(position: number): string {
    const number = position + 1;
    if (position > 0) {
      return $localize`:@@front-desk.guest-member:Guest ${number}:number:`;
    }
    if (this.partySize() === 1) {
      return $localize`:@@front-desk.guest-single:Guest 1 (staying alone)`;
    }
    return this.groupKind() === 'group'
      ? $localize`:@@front-desk.guest-head-group:Guest 1 (head of group)`
      : $localize`:@@front-desk.guest-head-family:Guest 1 (head of family)`;
  }

  protected shown(guest: GuestForm, position: number, fields: readonly RegistrationField[]): RegistrationField[] {
    const visible = visibleFields(guest, position === 0);
    return fields.filter((field) => visible.has(field));
  }

  protected fieldId(position: number, field: string): string {
    return `guest-${position}-${field}`;
  }

  protected errorOf(position: number, field: string): string | undefined {
    return this.errors()[`guests.${position}.${field}`];
  }

  protected set(position: number, field: RegistrationField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.guests.update((guests) => guests.map((guest, index) => (index === position ? { ...guest, [field]: value } : guest)));
    this.notice.set(null);
  }

  protected setGroupKind(kind: GroupKind): void {
    this.groupKind.set(kind);
  }

  /** A family or group mostly shares the head's surname and citizenship: one click instead of typing. */
  protected copyFromHead(position: number): void {
    this.guests.update((guests) => {
      const head = guests[0];
      return head ? guests.map((guest, index) => (index === position ? { ...guest, surname: head.surname, citizenship: head.citizenship } : guest)) : guests;
    });
  }

  protected async saveDraft(): Promise<void> {
    if (await this.save()) {
      this.notice.set($localize`:@@front-desk.draft-saved:Draft saved. Nothing typed is lost; check in when every guest is registered.`);
    }
  }

  protected async checkIn(event: Event): Promise<void> {
    event.preventDefault();
    if (!(await this.save())) {
      return;
    }
    this.busy.set(true);
    try {
      await this.api.checkIn(this.id());
      this.checkedIn.set(true);
      this.notice.set($localize`:@@front-desk.checked-in:Checked in.`);
    } catch (error) {
      const problem = describeApiProblem(error);
      if (problem.kind === 'refused' && problem.code === 'REGISTRATION_INCOMPLETE') {
        const gaps = [...((problem.details['gaps'] ?? []) as RegistrationGap[]), ...formGaps(this.groupKind(), this.guests())];
        this.fail($localize`:@@front-desk.registration-incomplete:Registration is incomplete: fill in the fields marked below.`, errorsFromGaps(gaps));
      } else {
        this.fail(problem.kind === 'unreachable' ? unreachable() : problem.message, {});
      }
    } finally {
      this.busy.set(false);
    }
  }

  private async save(): Promise<boolean> {
    this.busy.set(true);
    this.problem.set(null);
    this.notice.set(null);
    try {
      const saved = await this.api.saveRegistration(this.id(), registrationBody(this.groupKind(), this.guests()));
      this.registration.set(saved);
      this.errors.set({});
      return true;
    } catch (error) {
      const problem = describeApiProblem(error);
      if (problem.kind === 'refused' && problem.code === 'VALIDATION_FAILED') {
        this.fail($localize`:@@front-desk.fix-fields:Some fields need fixing. Nothing was saved.`, errorsFromFields(problem.fields));
      } else {
        this.fail(problem.kind === 'unreachable' ? unreachable() : problem.message, {});
      }
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** Shows the problem and moves the focus to the first field to fix (or to the message). */
  private fail(message: string, errors: RegistrationErrors): void {
    this.problem.set(message);
    this.errors.set(errors);
    setTimeout(() => {
      const first = this.document.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.document.getElementById('check-in-problem');
      first?.focus();
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const registration = await this.api.registration(id);
      this.registration.set(registration);
      this.guests.set(guestForms(registration));
      this.groupKind.set(registration.groupKind ?? (registration.partySize > 1 ? 'family' : null));
      this.checkedIn.set(registration.status === 'checked-in');
    } catch (error) {
      const problem = describeApiProblem(error);
      this.problem.set(problem.kind === 'unreachable' ? unreachable() : problem.message);
    }
  }
}

function unreachable(): string {
  return $localize`:@@front-desk.unreachable-write:The server cannot be reached. Nothing was changed; try again.`;
}
