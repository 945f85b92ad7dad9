import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlaceSuggestions } from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

/** Town names the travel estimates know (the gazetteer, ADR 0014). */
@Injectable({ providedIn: 'root' })
export class PlacesApiService {
  private readonly http = inject(HttpClient);

  search(q: string): Observable<PlaceSuggestions> {
    return this.http.get<PlaceSuggestions>(apiUrl('places'), { params: { q } });
  }
}
