import type { Page } from 'playwright-core';

/** A 360 px phone at 200% zoom lays pages out 180 CSS px wide (WCAG 1.4.10 Reflow). */
const ZOOMED_PHONE = { width: 180, height: 370 } as const;

export interface SidewaysScroll {
  /** How far the page scrolls sideways, in CSS pixels (0 when it reflows). */
  pixels: number;
  /** The elements reaching past the screen's right edge, outermost first, to say what to fix. */
  culprits: string[];
}

/**
 * How far the page scrolls sideways at 200% zoom on a 360 px phone: the document itself, or any
 * scrolling box inside it (the parent app's page scrolls between its header and navigation).
 * Resizes the page for the measurement and puts its size back afterwards.
 */
export async function sidewaysScrollAtZoom(page: Page): Promise<SidewaysScroll> {
  const before = page.viewportSize();
  await page.setViewportSize(ZOOMED_PHONE);
  try {
    // Two frames: layout after the resize, and anything measured by a ResizeObserver.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const scrollers = [...document.querySelectorAll('body *')].filter((el) =>
        ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      );
      const pixels = Math.max(0, ...[root, ...scrollers].map((el) => el.scrollWidth - el.clientWidth));
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .slice(0, 5)
        .map((el) => `${name(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`);
      return { pixels, culprits };
    });
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
