import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { CourseContentSchema, CourseMetaSchema, type CourseContent, type Step } from '@passerelle/contracts';
import { MediaEntity } from '../../media/media.entity';
import { CourseEntity, CourseVersionEntity } from '../course.entities';
import type { SeedCourse, SeedStep } from './seed-course';
import { SEED_COURSES } from './content';

export interface CourseSeedOptions {
  federationId: string;
  /** Where media files are written (DATA_DIR). */
  dataDir: string;
  courses?: SeedCourse[];
}

/**
 * Publishes the seed courses in the federation's shared library. Every course goes through the same
 * schemas as an authored one, so invalid seed content stops the seed instead of reaching learners.
 */
export async function seedCourses(
  manager: EntityManager,
  options: CourseSeedOptions,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const seed of options.courses ?? SEED_COURSES) {
    const meta = CourseMetaSchema.parse({ ...seed, requiredForVisits: seed.requiredForVisits ?? false });
    const content: CourseContent = CourseContentSchema.parse({
      modules: await Promise.all(
        seed.modules.map(async (m) => ({
          key: m.key,
          title: m.title,
          lessons: await Promise.all(
            m.lessons.map(async (l) => ({
              key: l.key,
              title: l.title,
              required: l.required ?? true,
              steps: await Promise.all(l.steps.map((s) => toStep(manager, options, s))),
            })),
          ),
        })),
      ),
    });
    const course = await manager.getRepository(CourseEntity).save({
      federationId: options.federationId,
      centreId: null,
      slug: seed.key,
      createdById: null,
      archivedAt: null,
    });
    await manager.getRepository(CourseVersionEntity).save({
      courseId: course.id,
      centreId: null,
      version: 1,
      status: 'published',
      title: meta.title,
      summary: meta.summary,
      audience: meta.audience,
      level: meta.level,
      estimatedMinutes: meta.estimatedMinutes,
      competenceCodes: meta.competenceCodes,
      requiredForVisits: meta.requiredForVisits,
      // The course's first illustration doubles as its cover.
      coverMediaId: firstImage(content),
      content,
      createdById: null,
      publishedAt: new Date(),
      publishedById: null,
    });
    ids.set(seed.key, course.id);
  }
  return ids;
}

function firstImage(content: CourseContent): string | null {
  for (const step of content.modules.flatMap((m) => m.lessons.flatMap((l) => l.steps))) {
    if (step.type === 'image') return step.mediaId;
  }
  return null;
}

async function toStep(manager: EntityManager, options: CourseSeedOptions, step: SeedStep): Promise<Step> {
  if (step.type !== 'image') return step;
  const bytes = Buffer.from(step.svg, 'utf8');
  const id = randomUUID();
  const dir = join(options.dataDir, 'media');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, id), bytes);
  await manager.getRepository(MediaEntity).insert({
    id,
    federationId: options.federationId,
    centreId: null,
    kind: 'image',
    mimeType: 'image/svg+xml',
    sizeBytes: bytes.length,
    originalName: `${step.key}.svg`,
    createdById: null,
  });
  return {
    key: step.key,
    type: 'image',
    mediaId: id,
    alt: step.alt,
    ...(step.caption ? { caption: step.caption } : {}),
  };
}
