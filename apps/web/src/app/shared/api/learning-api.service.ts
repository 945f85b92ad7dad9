import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Audience,
  Certificate,
  CertificateVerification,
  CourseProgress,
  CourseSummary,
  LearningBatchResponse,
  LearningRecord,
  MyCourse,
  Paginated,
  PublishedCourse,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

export interface CatalogueListQuery {
  q?: string;
  audience?: Audience;
  page?: number;
  pageSize?: number;
}

const id = encodeURIComponent;

/** Media files are public behind an unguessable id, so they can be used directly as `src`. */
export function mediaUrl(mediaId: string): string {
  return apiUrl(`media/${id(mediaId)}`);
}

/** Courses as a learner sees them, learning records, and attestations. */
@Injectable({ providedIn: 'root' })
export class LearningApiService {
  private readonly http = inject(HttpClient);

  catalogue(query: CatalogueListQuery): Observable<Paginated<CourseSummary>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
    }
    return this.http.get<Paginated<CourseSummary>>(apiUrl('catalogue'), { params });
  }

  /** `forSenior`: a volunteer reading a senior's course for a senior they coach (visits). */
  publishedCourse(courseId: string, forSenior?: string): Observable<PublishedCourse> {
    return this.http.get<PublishedCourse>(apiUrl(`courses/${id(courseId)}/published`), {
      params: forSenior ? { forSenior } : {},
    });
  }

  myCourses(): Observable<MyCourse[]> {
    return this.http.get<MyCourse[]>(apiUrl('me/courses'));
  }

  /** Self-enrolment, for volunteer trainings. */
  enrol(courseId: string): Observable<MyCourse> {
    return this.http.post<MyCourse>(apiUrl('me/enrolments'), { courseId });
  }

  progress(courseId: string): Observable<CourseProgress> {
    return this.http.get<CourseProgress>(apiUrl(`me/courses/${id(courseId)}/progress`));
  }

  sendRecords(records: LearningRecord[]): Observable<LearningBatchResponse> {
    return this.http.post<LearningBatchResponse>(apiUrl('learning-records'), { records });
  }

  myCertificates(): Observable<Certificate[]> {
    return this.http.get<Certificate[]>(apiUrl('me/certificates'));
  }

  certificatePdf(certificateId: string): Observable<Blob> {
    return this.http.get(apiUrl(`certificates/${id(certificateId)}/pdf`), { responseType: 'blob' });
  }

  /** Public: no session needed. */
  verifyCertificate(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(apiUrl(`certificates/verify/${id(code)}`));
  }
}
