import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Competence,
  CourseContent,
  CourseDraft,
  CourseMeta,
  CourseSummary,
  EnrolResult,
  Media,
  MediaKind,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

/** GET/PUT /courses/:id/draft: the draft being edited and where the course stands. */
export interface DraftResponse extends CourseDraft {
  summary: CourseSummary;
}

export interface CreateCourseBody {
  meta: CourseMeta;
  content: CourseContent;
  /** Federation admins: null puts the course in the federation library. Coordinators leave it out. */
  centreId?: string | null;
}

/** GET /courses/:id/learners: completion per enrolled person. */
export interface CourseLearner {
  person: { id: string; firstName: string; lastName: string; role: string };
  status: 'not_started' | 'in_progress' | 'completed';
  percent: number;
  completedAt: string | null;
  enrolledAt: string;
}

const id = encodeURIComponent;

/** Course authoring: drafts, publishing, media uploads, enrolment and completion, for coordinators and federation admins. */
@Injectable({ providedIn: 'root' })
export class CoursesApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>(apiUrl('courses'));
  }

  create(body: CreateCourseBody): Observable<CourseSummary> {
    return this.http.post<CourseSummary>(apiUrl('courses'), body);
  }

  /** Opens a draft (copied from the published version when there is none yet). */
  draft(courseId: string): Observable<DraftResponse> {
    return this.http.get<DraftResponse>(apiUrl(`courses/${id(courseId)}/draft`));
  }

  saveDraft(courseId: string, draft: CourseDraft): Observable<DraftResponse> {
    return this.http.put<DraftResponse>(apiUrl(`courses/${id(courseId)}/draft`), draft);
  }

  publish(courseId: string): Observable<CourseSummary> {
    return this.http.post<CourseSummary>(apiUrl(`courses/${id(courseId)}/publish`), {});
  }

  competences(): Observable<Competence[]> {
    return this.http.get<Competence[]>(apiUrl('competences'));
  }

  uploadMedia(kind: MediaKind, file: File): Observable<Media> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Media>(apiUrl('media'), body, { params: new HttpParams().set('kind', kind) });
  }

  enrol(courseId: string, personIds: string[]): Observable<EnrolResult> {
    return this.http.post<EnrolResult>(apiUrl(`courses/${id(courseId)}/enrolments`), { personIds });
  }

  /** Enrols every member of a group; members already enrolled are counted, not enrolled twice. */
  enrolCohort(courseId: string, cohortId: string): Observable<EnrolResult> {
    return this.http.post<EnrolResult>(apiUrl(`courses/${id(courseId)}/enrolments`), { cohortId });
  }

  learners(courseId: string): Observable<CourseLearner[]> {
    return this.http.get<CourseLearner[]>(apiUrl(`courses/${id(courseId)}/learners`));
  }
}

/** Media are public behind an unguessable id, so their address can be used directly as `src`. */
export function mediaFileUrl(mediaId: string): string {
  return apiUrl(`media/${id(mediaId)}`);
}
