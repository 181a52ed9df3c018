import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HealthTable } from './health-table/health-table';

@Component({
  selector: 'pc-root',
  imports: [HealthTable],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
