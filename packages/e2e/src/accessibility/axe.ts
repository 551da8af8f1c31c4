import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (issue 15). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** One line per offending element: its selector and axe's summary of what to fix. */
  nodes: string[];
}

/**
 * Runs axe-core in the page as it is now. The source goes in through the DevTools protocol, which the
 * apps' CSP (no inline scripts) does not govern, so the check needs no weakened policy.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // axe-core's Node entry carries its own browser bundle as text.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      const inPage = (window as unknown as { axe: typeof axe }).axe;
      const result = await inPage.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
      }));
    },
    AXE_TAGS as unknown as string[],
  );
}

/** Violations as readable text for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}
