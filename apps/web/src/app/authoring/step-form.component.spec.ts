import { TestBed } from '@angular/core/testing';
import type { CourseContent, Media, Step } from '@passerelle/contracts';
import { StepFormComponent, type StepChange } from './step-form.component';

const image: Step = { key: 'img-1', type: 'image', mediaId: '', alt: '', caption: null } as unknown as Step;
const content = { modules: [] } as unknown as CourseContent;

describe('StepFormComponent', () => {
  it('applies an upload finished while the author types to the step as it is now, losing neither', () => {
    // given the form of an image step, whose input is not refreshed between the two events
    TestBed.configureTestingModule({ imports: [StepFormComponent] });
    const fixture = TestBed.createComponent(StepFormComponent);
    fixture.componentRef.setInput('step', image);
    fixture.componentRef.setInput('content', content);
    fixture.componentRef.setInput('titles', {
      module: 'Module',
      lesson: 'Leçon',
      step: 'Étape',
      question: 'Question',
      choice: 'Réponse',
    });
    const changes: StepChange[] = [];
    fixture.componentInstance.changed.subscribe((c) => changes.push(c));
    const sut = fixture.componentInstance;
    // when the upload ends, then the alt text is typed from the same (stale) step
    sut['onMedia'](image, 'mediaId', { id: 'media-42' } as Media);
    sut['patch'](image, { alt: 'Une icône grise' } as Partial<Step>);
    // then applying the changes in order keeps both
    const result = changes.reduce((step, change) => change.update(step), image);
    expect(changes.map((c) => c.key)).toEqual(['img-1', 'img-1']);
    expect(result).toMatchObject({ mediaId: 'media-42', alt: 'Une icône grise' });
  });
});
