import { ChangeDetectionStrategy, Component, viewChild } from '@angular/core';
import type { ElementRef } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { LanguageSwitch } from './language-switch/language-switch';

@Component({
  selector: 'be-root',
  imports: [RouterOutlet, RouterLink, LanguageSwitch],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly year = new Date().getFullYear();
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** `#main` would resolve against <base href="/en/"> and load the home page: focus it instead. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
