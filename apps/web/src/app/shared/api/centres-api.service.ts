import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CentreSummary } from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

@Injectable({ providedIn: 'root' })
export class CentresApiService {
  private readonly http = inject(HttpClient);

  /** Federation admins get every centre; coordinators and volunteers get their own. */
  list(): Observable<CentreSummary[]> {
    return this.http.get<CentreSummary[]>(apiUrl('centres'));
  }
}
