import type { DataSource } from 'typeorm';
import type { Audience, CourseContent } from '@passerelle/contracts';
import { CourseEntity, CourseVersionEntity } from '../src/courses/course.entities';
import type { FederationEntity } from '../src/centres/federation.entity';
import type { CentreEntity } from '../src/centres/centre.entity';

/** Two lessons: text + quiz (pass at 50 %), then practice + observation; plus an optional lesson. */
export function sampleContent(): CourseContent {
  return {
    modules: [
      {
        key: 'm1',
        title: 'Les bases',
        lessons: [
          {
            key: 'l1',
            title: 'Allumer la tablette',
            required: true,
            steps: [
              { key: 'l1-texte', type: 'text', markdown: 'Appuyez longuement sur le bouton du côté droit.' },
              {
                key: 'l1-quiz',
                type: 'quiz',
                passThreshold: 50,
                questions: [
                  {
                    key: 'q1',
                    prompt: 'Combien de temps appuyer ?',
                    multiple: false,
                    choices: [
                      {
                        key: 'court',
                        text: 'Un instant',
                        correct: false,
                        feedback: 'Trop court : l’écran reste noir.',
                      },
                      {
                        key: 'long',
                        text: 'Trois secondes',
                        correct: true,
                        feedback: 'Oui, jusqu’à la vibration.',
                      },
                    ],
                  },
                  {
                    key: 'q2',
                    prompt: 'Que voit-on ensuite ?',
                    multiple: true,
                    choices: [
                      { key: 'logo', text: 'Le logo', correct: true, feedback: 'Oui.' },
                      { key: 'accueil', text: 'L’accueil', correct: true, feedback: 'Oui.' },
                      { key: 'rien', text: 'Rien', correct: false, feedback: 'Patientez un peu.' },
                    ],
                  },
                ],
              },
            ],
          },
          {
            key: 'l2',
            title: 'S’exercer',
            required: true,
            steps: [
              {
                key: 'l2-pratique',
                type: 'practice',
                title: 'À vous',
                instruction: 'Allumez votre tablette.',
                helpText: 'Demandez à votre bénévole.',
              },
              {
                key: 'l2-observation',
                type: 'observation',
                skill: 'Allumer seul',
                description: 'Sans aide.',
              },
            ],
          },
          {
            key: 'l3',
            title: 'Pour aller plus loin',
            required: false,
            steps: [{ key: 'l3-texte', type: 'text', markdown: 'Le mode avion.' }],
          },
        ],
      },
    ],
  };
}

export async function publishedCourse(
  db: DataSource,
  options: {
    federation: FederationEntity | { id: string };
    centre?: CentreEntity | null;
    audience?: Audience;
    content?: CourseContent;
    title?: string;
  },
): Promise<CourseEntity> {
  const course = await db.getRepository(CourseEntity).save({
    federationId: options.federation.id,
    centreId: options.centre?.id ?? null,
    slug: `cours-${Math.random().toString(36).slice(2, 10)}`,
    createdById: null,
    archivedAt: null,
  });
  await db.getRepository(CourseVersionEntity).save({
    courseId: course.id,
    centreId: course.centreId,
    version: 1,
    status: 'published',
    title: options.title ?? 'Prendre en main sa tablette',
    summary: 'Les premiers gestes.',
    audience: options.audience ?? 'senior',
    level: 1,
    estimatedMinutes: 45,
    competenceCodes: ['5.1'],
    requiredForVisits: false,
    content: options.content ?? sampleContent(),
    createdById: null,
    publishedAt: new Date(),
    publishedById: null,
  });
  return course;
}
