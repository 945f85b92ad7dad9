const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** How a weekly series is asked for in the form. */
export interface WeeklyRepeat {
  /** Every N weeks. */
  interval: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  end: { kind: 'count'; count: number } | { kind: 'until'; until: string };
}

/** The RFC 5545 rule, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=8` (UNTIL as a Paris day). */
export function weeklyRrule(repeat: WeeklyRepeat): string {
  const parts = [
    'FREQ=WEEKLY',
    `INTERVAL=${Math.max(1, Math.trunc(repeat.interval))}`,
    `BYDAY=${BYDAY[repeat.weekday - 1] ?? 'MO'}`,
  ];
  parts.push(
    repeat.end.kind === 'count'
      ? `COUNT=${Math.max(1, Math.trunc(repeat.end.count))}`
      : `UNTIL=${repeat.end.until.replaceAll('-', '')}`,
  );
  return parts.join(';');
}

/** The same rule moved to another weekday, and to `count` occurrences when it counted them. */
export function movedRrule(rrule: string, weekday: number, count: number): string {
  const parts = rrule
    .replace(/^RRULE:/, '')
    .split(';')
    .filter((p) => p !== '' && !p.startsWith('BYDAY='))
    .map((p) => (p.startsWith('COUNT=') ? `COUNT=${Math.max(1, count)}` : p));
  parts.push(`BYDAY=${BYDAY[weekday - 1] ?? 'MO'}`);
  return parts.join(';');
}
