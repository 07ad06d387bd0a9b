import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/annotate/mg-actors-dialog.ts';
import type { MgActorsDialog } from '../../src/ui/annotate/mg-actors-dialog.ts';
import { embeddedBundle } from '../../src/ui/annotate/embedded-bundle.ts';
import { stateFromBundle } from '../../src/model/edit/annotation-state.ts';
import { compileView } from '../../src/model/edit/compiled-view.ts';
import type { Edit } from '../../src/model/edit/history.ts';
import type { AnnotateEditDetail } from '../../src/ui/events.ts';

/** The actors dialog: each change it offers is one edit, which does what the dialog says. */

const opened = stateFromBundle(embeddedBundle);
if (!('state' in opened)) throw new Error('the embedded bundle does not open');
const compiled = compileView(opened.state);
if (!('view' in compiled)) throw new Error('the embedded bundle does not compile');
const view = compiled.view;

let dialog: MgActorsDialog;
let edits: Edit[];

beforeEach(async () => {
  edits = [];
  dialog = document.createElement('mg-actors-dialog');
  dialog.view = view;
  dialog.addEventListener('mg-annotate-edit', (e) =>
    edits.push((e as CustomEvent<AnnotateEditDetail>).detail.edit),
  );
  document.body.append(dialog);
  dialog.open = true;
  await dialog.updateComplete;
});

afterEach(() => dialog.remove());

const box = () => page.getByRole('dialog', { name: 'Actors' });
const actorOf = (edit: Edit, id: string) => edit.apply(view.state).actors.find((a) => a.id === id);

describe('<mg-actors-dialog>', () => {
  it('is a modal dialog listing the actors', async () => {
    await expect.element(box()).toBeVisible();
    await expect.element(box().getByRole('option', { name: /Fidel Castro/ })).toBeVisible();
  });

  it('renames an actor, keeping the old name as an alias', async () => {
    await box()
      .getByRole('option', { name: /Fidel Castro/ })
      .click();
    await box().getByLabelText('Name', { exact: true }).fill('Fidel Castro Ruz');
    await userEvent.tab();
    expect(edits).toHaveLength(1);
    const castro = actorOf(edits[0]!, 'castro') ?? actorOf(edits[0]!, 'fidel-castro');
    expect(castro?.name).toBe('Fidel Castro Ruz');
    expect(castro?.aliases).toContain('Fidel Castro');
  });

  it('merges a second name into the chosen actor', async () => {
    await box().getByRole('option', { name: /^Cuba/ }).click();
    const cubaId = view.state.actors.find((a) => a.name === 'Cuba')!.id;
    const castroId = view.state.actors.find((a) => a.name === 'Fidel Castro')!.id;
    await userEvent.selectOptions(
      box().getByLabelText('Merge into Cuba').element() as HTMLSelectElement,
      castroId,
    );
    await box().getByRole('button', { name: 'Merge', exact: true }).click();
    expect(edits).toHaveLength(1);
    expect(edits[0]!.label).toBe(`merge actor ${castroId} into ${cubaId}`);
  });

  it('adds an actor with its kind and aliases', async () => {
    await box().getByLabelText('New actor').fill('Pedro Arce');
    await userEvent.selectOptions(
      box().getByLabelText('Kind', { exact: true }).first().element() as HTMLSelectElement,
      'person',
    );
    await box().getByLabelText('Aliases', { exact: true }).first().fill('Arce');
    await box().getByRole('button', { name: 'Add actor' }).click();
    expect(edits).toHaveLength(1);
    const added = edits[0]!.apply(view.state).actors.find((a) => a.name === 'Pedro Arce');
    expect(added).toMatchObject({ kind: 'person', aliases: ['Arce'] });
  });
});
