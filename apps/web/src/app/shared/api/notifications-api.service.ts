import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  NotificationEntry,
  NotificationRun,
  NotificationsQuery,
  Paginated,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

export type NotificationsListQuery = Partial<NotificationsQuery>;

/** E-mails and SMS sent by Passerelle (return reminders…), and "send now". */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  /** Newest first: the coordinator's centre, or every centre of the federation. */
  list(query: NotificationsListQuery): Observable<Paginated<NotificationEntry>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) params = params.set(name, String(value));
    }
    return this.http.get<Paginated<NotificationEntry>>(apiUrl('notifications'), { params });
  }

  /** Queues the reminders due today and sends the queue without waiting for the next worker run. */
  run(): Observable<NotificationRun> {
    return this.http.post<NotificationRun>(apiUrl('notifications/run'), {});
  }
}
