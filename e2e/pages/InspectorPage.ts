// The inspector UI as a user sees it: role- and label-based locators only.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ConnectionTarget } from '../../shared/connectionTypes';

export type TabName = 'Handshake' | 'Tools' | 'Resources' | 'Prompts' | 'Inbox' | 'Tasks' | 'Roots' | 'Logging' | 'Log' | 'Timeline' | 'Raw' | 'Faults' | 'Diagnoses' | 'Network' | 'Auth';

export class InspectorPage {
  readonly connections: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.connections = page.getByRole('navigation', { name: 'Connections' });
    this.status = page.getByRole('status', { name: 'Connection status' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** A tab by its name, with or without the count some tabs add ("Inbox (2)"); "Log" is not "Logging". */
  tab(name: TabName): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
  }

  /** Selects a tab, from the "More views" menu if it did not fit on the strip. */
  async showTab(name: TabName): Promise<void> {
    await expect(this.page.getByRole('tablist', { name: 'Connection views' })).toBeVisible();
    // A tab may move between the row and the menu while it is sought (tabs come and go as a connection
    // settles), so each attempt looks again and a short click timeout lets the next attempt retry. Only a
    // click that could not be made is retried: a person's click is counted once (workflows.spec).
    await expect(async () => {
      if ((await this.tab(name).count()) === 0) {
        await this.page.getByRole('button', { name: /^More views/ }).click({ timeout: 5_000 });
        await this.page.getByRole('menuitem', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) }).click({ timeout: 5_000 });
      } else {
        await this.tab(name).click({ timeout: 5_000 });
      }
    }).toPass();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The sidebar entry of a connection, found by the text it shows (label or command). */
  connectionEntry(text: string | RegExp): Locator {
    return this.connections.getByRole('button', { name: text });
  }

  async expectConnected(): Promise<void> {
    await expect(this.status).toContainText('Connected');
  }

  /**
   * Presses a Reconnect button (the status bar's, or the settings form's when given) and waits for the new
   * attempt to be connected: the old attempt still says "Connected" until the reconnect begins.
   */
  async reconnect(button: Locator = this.button('Reconnect')): Promise<void> {
    const attempt = Number(/attempt (\d+)/.exec((await this.status.textContent()) ?? '')?.[1] ?? 1);
    await button.click();
    await expect(this.status).toContainText(`attempt ${attempt + 1}`);
    await this.expectConnected();
  }

  button(name: 'Connect' | 'Disconnect' | 'Reconnect' | 'New connection'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /**
   * The selected connection's settings form, opened first if folded (it folds once a connection is up,
   * and opens by itself after a failure). Its submit button is Reconnect.
   */
  async openSettings(): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Connection settings' });
    const toggle = this.page.getByRole('button', { name: 'Connection settings', exact: true });
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(form).toBeVisible();
    return form;
  }

  /** Fills the connection form for a new connection and submits it. */
  async connectTo(target: ConnectionTarget): Promise<void> {
    await this.button('New connection').click();
    const form = this.page.getByRole('form', { name: 'New connection' });
    await form.getByLabel('Transport').selectOption(target.transport);
    if (target.transport === 'stdio') {
      await form.getByLabel('Command').fill(target.command);
      await form.getByLabel('Arguments').fill(target.args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)).join(' '));
      for (const [index, [name, value]] of Object.entries(target.env).entries()) {
        await form.getByRole('button', { name: 'Add environment variable' }).click();
        const row = form.getByRole('group', { name: `Environment variable ${index + 1}` });
        await row.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
        await row.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
      }
      if (target.cwd) await form.getByLabel('Working directory').fill(target.cwd);
    } else {
      await form.getByLabel('URL').fill(target.url);
    }
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** Types a query into the Log tab's filter (the grid shows only the rows in view, so count through it). */
  async filterLog(query: string): Promise<void> {
    await this.showTab('Log');
    await this.page.getByRole('searchbox', { name: 'Filter log' }).fill(query);
  }

  /** Chooses an action from the Log tab's "Actions" menu (next to the filters). */
  async logAction(name: 'Export' | 'Clear view' | 'Show cleared rows'): Promise<void> {
    await this.page.getByRole('button', { name: 'Log actions' }).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
  }

  /** The log rows whose text matches, in the selected connection's log. */
  logRows(text: string | RegExp): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }
}
