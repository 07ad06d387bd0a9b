import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/annotate/mg-relation-form.ts';
import type { MgRelationForm } from '../../src/ui/annotate/mg-relation-form.ts';
import { embeddedBundle } from '../../src/ui/annotate/embedded-bundle.ts';
import { stateFromBundle } from '../../src/model/edit/annotation-state.ts';
import { compileView, type CompiledView } from '../../src/model/edit/compiled-view.ts';
import type { ActorAddDetail, QuoteSpanDetail, RelationSubmitDetail } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';

/**
 * The "New relation" form on the embedded memo's own bundle: what it pre-fills from the words
 * around the quote and why, the comboboxes' order and "Add actor", widening the quote, the live
 * linter with a reviewed exception, and what "Add relation" sends.
 */

function viewOfMemo(): CompiledView {
  const opened = stateFromBundle(embeddedBundle);
  if (!('state' in opened)) throw new Error('the embedded bundle does not open');
  const compiled = compileView(opened.state);
  if (!('view' in compiled)) throw new Error('the embedded bundle does not compile');
  return compiled.view;
}

const view = viewOfMemo();
const doc = view.index.dataset.documents[0]!;

/** The span of `words` in the paragraph that holds them. */
function spanOf(words: string): QuoteSpanDetail {
  const p = doc.paragraphs.find((x) => x.text.includes(words));
  if (!p) throw new Error(`not in the memo: ${words}`);
  const start = p.text.indexOf(words);
  return { document: doc.id, paragraph: p.id, start, end: start + words.length };
}

let form: MgRelationForm;
let host: HTMLElement;

async function open(words: string): Promise<void> {
  form.view = view;
  form.span = spanOf(words);
  await form.updateComplete;
}

function events<T>(name: string): T[] {
  const seen: T[] = [];
  host.addEventListener(name, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

const dialog = () => page.getByRole('dialog', { name: 'New relation' });
const select = (name: string) => dialog().getByRole('combobox', { name, exact: true });
const listbox = (name: string) => dialog().getByRole('listbox', { name, exact: true });
const field = (name: string) => dialog().getByLabelText(name, { exact: true });

async function choose(name: string, typed: string, option: string): Promise<void> {
  await select(name).fill(typed);
  await listbox(name).getByRole('option', { name: option }).first().click();
  await expect.element(select(name)).toHaveValue(option);
}

beforeEach(() => {
  host = document.createElement('div');
  host.style.cssText = 'width: 1200px; height: 900px';
  const style = document.createElement('style');
  style.textContent = String(themeTokens.cssText).replace(':host', ':root');
  document.head.append(style);
  form = document.createElement('mg-relation-form');
  host.append(form);
  document.body.append(host);
});

afterEach(() => host.remove());

describe('<mg-relation-form>', () => {
  it('is a panel named "New relation" quoting the selected words, with Source, Relation and Target', async () => {
    await open('Havana probably remains best positioned to mediate');
    await expect.element(dialog()).toBeVisible();
    expect(form.shadowRoot!.querySelector('blockquote mark')!.textContent).toBe(
      'Havana probably remains best positioned to mediate',
    );
    for (const name of ['Source', 'Relation', 'Target']) {
      await expect.element(select(name)).toHaveAttribute('aria-expanded', 'false');
    }
    await expect.element(dialog().getByRole('button', { name: 'Add relation' })).toBeVisible();
  });

  it('pre-fills likelihood and basis from "probably", and says so', async () => {
    await open('Havana probably remains best positioned to mediate');
    await expect.element(field('Likelihood')).toHaveValue('likely');
    await expect.element(field('Basis')).toHaveValue('judgment');
    await expect.element(field('Polarity')).toHaveValue('affirmed');
    await expect.element(field('Likelihood term')).toHaveValue('probably');
    const reasons = [...form.shadowRoot!.querySelectorAll('.reason')].map((r) => r.textContent);
    expect(reasons).toContain("from 'probably'");
    await expect.element(field('Likelihood')).toHaveAccessibleDescription("from 'probably'");
  });

  it('reads "not necessarily" as indeterminate, and "said" as reported', async () => {
    await open('does not necessarily translate into a decisive tilt');
    await expect.element(field('Polarity')).toHaveValue('indeterminate');
    await expect.element(field('Polarity')).toHaveAccessibleDescription("from 'not necessarily'");
    await expect.element(field('Likelihood')).toHaveValue('unquantified');

    await open('the group already had achieved its propaganda aims');
    await expect.element(field('Basis')).toHaveValue('reported');
    await expect.element(field('Basis')).toHaveAccessibleDescription("from 'said'");
  });

  it('keeps what the user chose when the quote is widened, and says the new span', async () => {
    const spans = events<QuoteSpanDetail>('mg-quote-span');
    await open('probably remains best positioned');
    await userEvent.selectOptions(field('Basis').element() as HTMLSelectElement, 'fact');
    await dialog().getByRole('button', { name: 'One more word before' }).click();
    await dialog().getByRole('button', { name: 'One more word after' }).click();
    const text = form.shadowRoot!.querySelector('blockquote mark')!.textContent;
    expect(text).toBe('Havana probably remains best positioned to');
    expect(spans.at(-1)).toEqual(spanOf('Havana probably remains best positioned to'));
    await expect.element(field('Basis')).toHaveValue('fact');
    await dialog().getByRole('button', { name: 'One word fewer at the start' }).click();
    expect(form.shadowRoot!.querySelector('blockquote mark')!.textContent).toBe(
      'probably remains best positioned to',
    );
  });

  it('lists the actors the paragraph names first, and offers to add a name that is no actor', async () => {
    const added = events<ActorAddDetail>('mg-actor-add');
    await open('Havana probably remains best positioned to mediate');
    await select('Source').click();
    const first = listbox('Source').getByRole('option').first();
    await expect.element(first).toHaveTextContent(/Cuba/);
    await expect.element(first).toHaveTextContent(/in ¶/);

    await select('Target').fill('Pedro Arce');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const newActor = dialog().getByRole('group', { name: 'New actor for Target' });
    await expect.element(newActor).toBeVisible();
    await userEvent.selectOptions(
      newActor.getByLabelText('Kind').element() as HTMLSelectElement,
      'person',
    );
    await newActor.getByLabelText('Aliases', { exact: false }).fill('Arce, the envoy');
    await newActor.getByRole('button', { name: 'Add actor' }).click();
    expect(added).toEqual([
      {
        id: 'pedro-arce',
        draft: { name: 'Pedro Arce', kind: 'person', aliases: ['Arce', 'the envoy'] },
      },
    ]);
    await expect.element(select('Target')).toHaveValue('Pedro Arce');
  });

  it('shows the linter live, records a reviewed exception, and sends exactly the selected words', async () => {
    const sent = events<RelationSubmitDetail>('mg-relation-submit');
    const words = 'Havana probably remains best positioned to mediate';
    await open(words);
    await choose('Source', 'Cuba', 'Cuba');
    await choose('Relation', 'mediates', 'mediates with');
    await choose('Target', 'MRTA', 'MRTA');
    // Accepting the suggestions draws no cue warning; a likelihood taken away draws one at once.
    await expect
      .element(
        dialog()
          .getByRole('status')
          .filter({ hasText: /estimative-word/ }),
      )
      .not.toBeInTheDocument();
    await userEvent.selectOptions(field('Likelihood').element() as HTMLSelectElement, '');
    await expect.element(dialog().getByText('estimative-word', { exact: true })).toBeVisible();
    await dialog()
      .getByRole('button', { name: 'Record a reviewed exception… for estimative-word' })
      .click();
    await dialog()
      .getByLabelText('Why this rule does not apply')
      .fill('The assessment is Havana’s standing, not a forecast.');
    await dialog().getByRole('button', { name: 'Record exception' }).click();
    await expect
      .element(dialog().getByText('Reason: The assessment', { exact: false }))
      .toBeVisible();

    await dialog().getByRole('button', { name: 'Add relation' }).click();
    expect(sent).toHaveLength(1);
    const { draft, reviewed, replaces } = sent[0]!;
    const p = doc.paragraphs.find((x) => x.id === draft.selection.paragraph)!;
    expect(p.text.slice(draft.selection.start, draft.selection.end)).toBe(words);
    expect(draft.selection.quote).toBe(words);
    expect(draft).toMatchObject({ source: 'cuba', target: 'mrta', likelihood: null });
    expect(reviewed).toEqual([
      { rule: 'estimative-word', why: 'The assessment is Havana’s standing, not a forecast.' },
    ]);
    expect(replaces).toBeNull();
  });

  it('says what is missing instead of sending an incomplete relation', async () => {
    const sent = events<RelationSubmitDetail>('mg-relation-submit');
    await open('Havana probably remains best positioned to mediate');
    await dialog().getByRole('button', { name: 'Add relation' }).click();
    const alert = dialog().getByRole('alert');
    await expect.element(alert).toHaveTextContent(/Choose the Source actor/);
    await expect.element(alert).toHaveTextContent(/Choose the Target actor/);
    expect(sent).toHaveLength(0);
  });

  it('shows a refusal on its own, and closes', async () => {
    const closed = events<null>('mg-form-close');
    form.view = view;
    form.refusal =
      'The selection spans two paragraphs (¶3 and ¶4); a relation quotes words from one paragraph only.';
    await form.updateComplete;
    await expect.element(dialog().getByRole('alert')).toHaveTextContent(/spans two paragraphs/);
    await dialog().getByRole('button', { name: 'Close' }).click();
    expect(closed).toHaveLength(1);
  });
});
