// The application's clock in the window: the real one moved by an offset, set from the
// tests' process. Only Date moves; timers stay real. Playwright's own clock is not used
// for this: it replays its settings at each reload from the test process's Date.now(),
// which `faketime` sets and Chromium (run without it) does not share, and the window's
// time then went back by seconds at each reload — a clock set back, for the register.
import type { BrowserContext, Page } from 'playwright-core';

/** Installed before the application's scripts, in every document of the window. */
const DATE_WITH_OFFSET = `(() => {
  const RealDate = Date;
  const now = () => RealDate.now() + (globalThis.__appClockOffset ?? 0);
  class AppDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  // Date() called without new gives the current instant as text, as the real one does.
  globalThis.Date = new Proxy(AppDate, { apply: () => new AppDate().toString() });
})();`;

/** The window's real instant, read from what the override leaves alone. */
function browserNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin + performance.now());
}

/** Sets the window's clock to `at`, now and in every document loaded from now on. */
export async function setWindowClock(context: BrowserContext, page: Page, at: () => Date): Promise<void> {
  const offset = at().getTime() - (await browserNow(page));
  // Init scripts run in the order given: the last offset set is the one a reload keeps.
  await context.addInitScript({ content: `globalThis.__appClockOffset = ${offset};` });
  await page.evaluate((value) => {
    (globalThis as { __appClockOffset?: number }).__appClockOffset = value;
  }, offset);
}

export async function installWindowClock(context: BrowserContext, page: Page, at: () => Date): Promise<void> {
  await context.addInitScript({ content: DATE_WITH_OFFSET });
  await setWindowClock(context, page, at);
}
