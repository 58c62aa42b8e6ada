/** Page object for the Connector Studio window: what a user does, in the words of the UI. */
import { expect, type Locator, type Page } from '@playwright/test';

export type StepName = 'general' | 'security' | 'definition' | 'test' | 'export';

export class StudioPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async createConnector(title: string): Promise<void> {
    await this.byTestId('welcome-new').click();
    await this.byTestId('new-project-title').fill(title);
    await this.byTestId('new-project-create').click();
    await expect(this.byTestId('step-general')).toBeVisible();
  }

  async goTo(step: StepName): Promise<void> {
    await this.byTestId(`nav-${step}`).click();
    await expect(this.byTestId(`step-${step}`)).toBeVisible();
  }

  /** Types into a field the way a user does: select all, then type the new value. */
  async retype(testId: string, value: string): Promise<void> {
    const field = this.byTestId(testId);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(value, { delay: 5 });
  }

  async save(): Promise<void> {
    await this.byTestId('save').click();
    await expect(this.byTestId('toast-success').last()).toContainText('Saved to');
  }

  async waitForValidation(): Promise<void> {
    await expect(this.byTestId('readiness')).not.toHaveText('Checking…');
  }

  /** The operation IDs a Definition list shows, in order. */
  async listedOperations(list: 'actions-list' | 'triggers-list'): Promise<string[]> {
    return this.byTestId(list).getByTestId('operation-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.operationId ?? ''));
  }

  stepCount(step: StepName): Locator {
    return this.byTestId(`nav-count-${step}`);
  }
}
