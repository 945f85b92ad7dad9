import type { CourseContent } from '@passerelle/contracts';

/** Keys follow ContentKeySchema: lowercase ascii, digits and dashes, at most 80 characters. */
export const KEY_MAX_LENGTH = 80;
const FALLBACK_KEY = 'element';

/** "Leçon 1 : l’écran d’accueil" -> "lecon-1-l-ecran-d-accueil". */
export function slugify(title: string, maxLength = KEY_MAX_LENGTH): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+$/, '');
  return cut || FALLBACK_KEY;
}

/** A key made from the title that none of `taken` uses: "module-1", then "module-1-2", "module-1-3"… */
export function uniqueKey(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${slugify(title, KEY_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Every key in the course: modules, lessons, steps, quiz questions and choices. New keys are kept
 * unique across all of them, stricter than the contract, so no two things of a course share a name.
 */
export function collectKeys(content: CourseContent): Set<string> {
  const keys = new Set<string>();
  for (const module of content.modules) {
    keys.add(module.key);
    for (const lesson of module.lessons) {
      keys.add(lesson.key);
      for (const step of lesson.steps) {
        keys.add(step.key);
        if (step.type === 'quiz') {
          for (const question of step.questions) {
            keys.add(question.key);
            for (const choice of question.choices) keys.add(choice.key);
          }
        }
      }
    }
  }
  return keys;
}
