// What a person at the counter does with the window, counted: every key pressed, every
// click, every box read by the scanner (whose characters are the scanner's, not the
// person's). Fields are never filled programmatically: text is typed key by key, a
// suggestion is taken once it is the one wanted, as a person who watches the list does.
import type { Page } from 'playwright-core';

export interface TaskCount {
  keys: number;
  /** Of the keys, those that type the task's own information (a quantity, a number): the rest is getting there. */
  valueKeys: number;
  clicks: number;
  scans: number;
}

const WAIT_MS = 5_000;

/** Lower case without accents, as the window's searches compare. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export class CountingHands {
  private count: TaskCount = { keys: 0, valueKeys: 0, clicks: 0, scans: 0 };

  constructor(private readonly page: Page) {}

  /** What the task counted so far; a new task starts from zero. */
  take(): TaskCount {
    const taken = this.count;
    this.count = { keys: 0, valueKeys: 0, clicks: 0, scans: 0 };
    return taken;
  }

  async press(key: string) {
    this.count.keys += 1;
    await this.page.keyboard.press(key);
  }

  /** Types the task's information: a quantity, an ordonnancier or delivery number, an explanation. */
  async typeValue(text: string) {
    this.count.keys += [...text].length;
    this.count.valueKeys += [...text].length;
    await this.page.keyboard.type(text);
  }

  async click(selector: Parameters<Page['locator']>[0] | ReturnType<Page['getByRole']>) {
    this.count.clicks += 1;
    await (typeof selector === 'string' ? this.page.locator(selector) : selector).click();
  }

  /** A keyboard-wedge scanner: the code's fields at once, Ctrl+] (GS) between them, then its Enter. Not the person's keys. */
  async scan(fields: readonly string[]) {
    this.count.scans += 1;
    for (const [index, field] of fields.entries()) {
      if (index > 0) await this.page.keyboard.press('Control+BracketRight');
      await this.page.keyboard.type(field);
    }
    await this.page.keyboard.press('Enter');
  }

  focusedName(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
  }

  /** Tab until the focused field is `name`. */
  async tabTo(name: string, most = 20) {
    for (let tabs = 0; tabs < most; tabs += 1) {
      if ((await this.focusedName()) === name) return;
      await this.press('Tab');
    }
    throw new Error(`champ ${name} jamais atteint au clavier`);
  }

  /**
   * The product picker: the letters of `query` one after the other until the first
   * product offered is `label`, then Entrée; the arrows if the query never puts it first.
   */
  async pickProduct(query: string, label: string) {
    const first = () =>
      this.page
        .locator('.product-picker__option--active .product-picker__label')
        .first()
        .textContent({ timeout: 200 })
        .catch(() => null);
    for (const character of query) {
      await this.press(character === ' ' ? 'Space' : character);
      if ((await first()) === label) break;
    }
    for (let arrows = 0; (await first()) !== label; arrows += 1) {
      if (arrows > 40) throw new Error(`produit ${label} introuvable dans le sélecteur`);
      await this.press('ArrowDown');
    }
    await this.press('Enter');
    await this.page.waitForFunction(
      (wanted) => (document.querySelector('[role=combobox][name=productId]') as HTMLInputElement | null)?.value === wanted,
      label,
      { timeout: WAIT_MS },
    );
  }

  /**
   * A name field that remembers: letters of `search` until the first suggestion is
   * `name` (the list read once it answers what is typed), then Entrée.
   */
  async pickPerson(field: string, search: string, name: string) {
    let typed = '';
    for (const character of search) {
      await this.press(character);
      typed += character;
      const top = await this.settledSuggestion(field, folded(typed));
      if (top === name) {
        await this.press('Enter');
        return;
      }
    }
    throw new Error(`${name} jamais proposé(e) pour « ${search} »`);
  }

  /** The first suggestion under `field` once the list shows what `typed` finds (null when none does). */
  private async settledSuggestion(field: string, typed: string): Promise<string | null> {
    const handle = await this.page
      .waitForFunction(
        ({ field, typed }) => {
          // No function declared in here: the bundler would name it with a helper the page lacks.
          const input = document.querySelector(`[name="${field}"]`);
          const list = input?.getAttribute('aria-expanded') === 'true' ? document.getElementById(input.getAttribute('aria-controls') ?? '') : null;
          const top = list?.querySelector('[role=option] span')?.textContent ?? null;
          if (top === null) return false;
          const words = top
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase()
            .split(/\s+/);
          // The list answers the letters typed once its first name has a word starting with them.
          return words.some((word) => word.startsWith(typed)) ? top : false;
        },
        { field, typed },
        { timeout: 600, polling: 20 },
      )
      .catch((error: unknown) => {
        if (!String(error).includes('Timeout')) throw error;
        return null;
      });
    return handle ? ((await handle.jsonValue()) as string) : null;
  }
}
