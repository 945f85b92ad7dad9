import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LearningBatchRequest, LearningRecord } from '@passerelle/contracts';
import { aMe, aTokenPair, storeSession } from '../../../testing/fixtures';
import { COURSE_ID, aBatchResponse } from '../../../testing/learning-fixtures';
import {
  LearningOutboxService,
  OUTBOX_BATCH_SIZE,
  OUTBOX_FIRST_RETRY_MS,
  OUTBOX_STORAGE_KEY,
} from './learning-outbox.service';

const RECORDS_URL = '/api/learning-records';
const VOLUNTEER = aMe({ id: '55555555-5555-4555-8555-555555555555', role: 'volunteer' });

describe('LearningOutboxService', () => {
  let httpMock: HttpTestingController;

  function createSut(): LearningOutboxService {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    return TestBed.inject(LearningOutboxService);
  }

  function stored(): { ownerId: string; record: LearningRecord }[] {
    return JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]') as {
      ownerId: string;
      record: LearningRecord;
    }[];
  }

  function sentRecords(request: TestRequest): LearningRecord[] {
    return (request.request.body as LearningBatchRequest).records;
  }

  function experienced(stepKey = 'intro') {
    return { verb: 'experienced' as const, object: { courseId: COURSE_ID, stepKey } };
  }

  beforeEach(() => {
    localStorage.clear();
    storeSession(aTokenPair({ user: VOLUNTEER }));
  });

  afterEach(() => {
    httpMock.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('writes the record to the device before sending it, and forgets it once stored', () => {
    // given
    const sut = createSut();
    // when
    const record = sut.record(experienced());
    // then: on the device while the request is on its way
    expect(stored()).toEqual([{ ownerId: VOLUNTEER.id, record }]);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sut.pendingCount()).toBe(1);
    const request = httpMock.expectOne(RECORDS_URL);
    expect(request.request.method).toBe('POST');
    expect(sentRecords(request)).toEqual([record]);
    // when the server stores it
    request.flush(aBatchResponse([record]));
    // then
    expect(stored()).toEqual([]);
    expect(sut.pendingCount()).toBe(0);
  });

  it('keeps the record when the network fails and sends the same record again later', () => {
    // given
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    const sut = createSut();
    const record = sut.record(experienced());
    // when the network is down
    httpMock.expectOne(RECORDS_URL).error(new ProgressEvent('error'), { status: 0 });
    // then it waits on the device
    expect(stored()).toHaveLength(1);
    expect(sut.pendingCount()).toBe(1);
    httpMock.expectNone(RECORDS_URL);
    // when the retry delay has passed
    jest.advanceTimersByTime(OUTBOX_FIRST_RETRY_MS);
    // then the very same record (same id) is sent again, and dropped once stored
    const retry = httpMock.expectOne(RECORDS_URL);
    expect(sentRecords(retry)).toEqual([record]);
    retry.flush(aBatchResponse([record], () => 200));
    expect(sut.pendingCount()).toBe(0);
  });

  it('waits longer after each failure, and sends at once when the browser is back online', () => {
    // given
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    const sut = createSut();
    const record = sut.record(experienced());
    httpMock.expectOne(RECORDS_URL).error(new ProgressEvent('error'), { status: 0 });
    jest.advanceTimersByTime(OUTBOX_FIRST_RETRY_MS);
    httpMock.expectOne(RECORDS_URL).flush(null, { status: 503, statusText: 'Service Unavailable' });
    // when the first delay passes again: still waiting (the delay doubled)
    jest.advanceTimersByTime(OUTBOX_FIRST_RETRY_MS);
    httpMock.expectNone(RECORDS_URL);
    // when the connection comes back
    window.dispatchEvent(new Event('online'));
    // then
    const request = httpMock.expectOne(RECORDS_URL);
    request.flush(aBatchResponse([record]));
    expect(sut.pendingCount()).toBe(0);
  });

  it('drops a record the server holds with other content (409) and keeps one it could not store (503)', () => {
    // given
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sut = createSut();
    const conflicting = sut.record(experienced('a'));
    const request = httpMock.expectOne(RECORDS_URL);
    const later = sut.record(experienced('b'));
    // when
    request.flush(aBatchResponse([conflicting], () => 409));
    // then
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(conflicting.id));
    expect(stored().map((e) => e.record.id)).toEqual([later.id]);
    const next = httpMock.expectOne(RECORDS_URL);
    expect(sentRecords(next)).toEqual([later]);
    next.flush(aBatchResponse([later], () => 503));
    expect(stored().map((e) => e.record.id)).toEqual([later.id]);
  });

  it('sends what a previous visit left, in batches of at most 500', () => {
    // given 501 records left on the device
    const records: LearningRecord[] = Array.from({ length: OUTBOX_BATCH_SIZE + 1 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      verb: 'experienced',
      object: { courseId: COURSE_ID, stepKey: `step-${i}` },
      timestamp: '2026-03-01T10:00:00.000Z',
    }));
    localStorage.setItem(
      OUTBOX_STORAGE_KEY,
      JSON.stringify(records.map((record) => ({ ownerId: VOLUNTEER.id, record }))),
    );
    // when the app starts
    const sut = createSut();
    // then
    const first = httpMock.expectOne(RECORDS_URL);
    expect(sentRecords(first)).toHaveLength(500);
    expect(sut.pendingCount()).toBe(501);
    first.flush(aBatchResponse(sentRecords(first)));
    const second = httpMock.expectOne(RECORDS_URL);
    expect(sentRecords(second).map((r) => r.id)).toEqual([records[500]?.id]);
    second.flush(aBatchResponse(sentRecords(second)));
    expect(sut.pendingCount()).toBe(0);
  });

  it('passes on each outcome, such as a quiz correction, and the progress the server recomputed', () => {
    // given
    const sut = createSut();
    const outcomes: unknown[] = [];
    sut.outcomes.subscribe((o) => outcomes.push(o));
    const record = sut.record({
      verb: 'answered',
      object: { courseId: COURSE_ID, stepKey: 'quiz' },
      result: { response: { q1: ['a'] } },
    });
    const quiz = { score: 100, passed: true, questions: [] };
    // when
    httpMock.expectOne(RECORDS_URL).flush({ results: [{ id: record.id, status: 201, quiz }], progress: [] });
    // then
    expect(outcomes).toEqual([{ id: record.id, status: 201, quiz }]);
  });

  it('does not send another person’s records left on a shared device', () => {
    // given
    localStorage.setItem(
      OUTBOX_STORAGE_KEY,
      JSON.stringify([
        {
          ownerId: 'someone-else',
          record: {
            id: '00000000-0000-4000-8000-000000000001',
            verb: 'experienced',
            object: { courseId: COURSE_ID, stepKey: 'intro' },
            timestamp: '2026-03-01T10:00:00.000Z',
          },
        },
      ]),
    );
    // when
    const sut = createSut();
    // then
    httpMock.expectNone(RECORDS_URL);
    expect(sut.pendingCount()).toBe(0);
  });
});
