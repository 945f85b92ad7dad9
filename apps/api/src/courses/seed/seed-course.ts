import type { CourseMeta, Step } from '@passerelle/contracts';

/**
 * Seed courses are written with the same shapes as authored ones, except that pictures are inline SVG
 * (the seeder stores them as media files and puts their ids in the published content).
 */
export interface SeedImageStep {
  key: string;
  type: 'image';
  /** A complete, self-contained SVG document (viewBox set, no external references, no script). */
  svg: string;
  alt: string;
  caption?: string;
}

export type SeedStep = Exclude<Step, { type: 'image' } | { type: 'video' }> | SeedImageStep;

export interface SeedLesson {
  key: string;
  title: string;
  required?: boolean;
  steps: SeedStep[];
}

export interface SeedModule {
  key: string;
  title: string;
  lessons: SeedLesson[];
}

export interface SeedCourse extends Omit<CourseMeta, 'requiredForVisits'> {
  /** Stable slug of the course, e.g. 'prendre-en-main-sa-tablette'. */
  key: string;
  requiredForVisits?: boolean;
  modules: SeedModule[];
}
