import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ServiceStatus } from './service-status/service-status';

@Component({
  selector: 'be-root',
  imports: [ServiceStatus],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly year = new Date().getFullYear();
}
