import { DatePipe } from '@angular/common';
import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, output, signal, viewChild, inject } from '@angular/core';
import type { ReservationNote } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { ReservationsApi } from './reservations-api';

/** A reservation's notes, oldest first, and a form to add one (Enter in the text adds a line; the button saves). */
@Component({
  selector: 'pc-notes-panel',
  imports: [DatePipe],
  templateUrl: './notes-panel.html',
  styleUrl: './reservation-pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotesPanel {
  private readonly api = inject(ReservationsApi);
  private readonly textArea = viewChild<ElementRef<HTMLTextAreaElement>>('noteText');

  readonly reservationId = input.required<string>();
  readonly notes = input.required<readonly ReservationNote[]>();
  readonly mayAdd = input(false);
  readonly added = output<ReservationNote>();

  protected readonly text = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly announcement = signal('');

  protected setText(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
  }

  protected async add(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending()) {
      return;
    }
    this.pending.set(true);
    try {
      const note = await this.api.addNote(this.reservationId(), this.text());
      this.text.set('');
      this.error.set(null);
      this.announcement.set($localize`:@@reservations.note-added:Note added.`);
      this.added.emit(note);
      this.textArea()?.nativeElement.focus();
    } catch (error: unknown) {
      const problem = describeApiProblem(error);
      this.error.set(
        problem.kind === 'unreachable'
          ? $localize`:@@reservations.unreachable:The server cannot be reached. Nothing was changed; try again.`
          : (Object.values(problem.fields)[0] ?? problem.message),
      );
      this.textArea()?.nativeElement.focus();
    } finally {
      this.pending.set(false);
    }
  }
}
