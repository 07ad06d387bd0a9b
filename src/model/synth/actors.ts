import type { Random } from '../common/random.ts';
import type { ActorKind } from '../contract/types.ts';
import { acronym, adjective, root } from './names.ts';

export interface SynthActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** "the" when the text writes the name with an article ("the Oruma Front"). */
  readonly article: string;
  /** Alias candidates in preference order, each with the article it takes. */
  readonly aliasOptions: readonly { readonly text: string; readonly article: string }[];
  /** One line, without the memberOf part: "Synthetic armed group active in the Velmora hills." */
  readonly description: string;
  /** The short form a memo title uses: "Velmora", "OLF", "Dorasek". */
  readonly headline: string;
  aliases: { readonly text: string; readonly article: string }[];
  /** Index of the actor this one belongs to, or -1. */
  memberOf: number;
}

/** The mix of kinds among the top 1 % (the hubs) and among everyone else. */
const HUB_KINDS: readonly [ActorKind, number][] = [
  ['state', 30],
  ['government', 25],
  ['armed-group', 25],
  ['international-organisation', 10],
  ['person', 10],
];
const OTHER_KINDS: readonly [ActorKind, number][] = [
  ['person', 42],
  ['armed-group', 8],
  ['government', 5],
  ['state', 3],
  ['international-organisation', 5],
  ['group-of-states', 1],
  ['religious-figure', 5],
  ['media', 7],
  ['people', 7],
  ['office', 12],
  ['other', 6],
];

const PERSON_TITLES = ['General', 'Colonel', 'Minister', 'Commander', 'Senator', 'Ambassador'];
const PERSON_ROLES = [
  'a field commander',
  'a deputy minister',
  'a financier',
  'a negotiator',
  'a party organiser',
  'an arms broker',
  'a provincial governor',
  'a senior adviser',
  'a trade unionist',
  'a retired officer',
];
const GROUP_FORMS = [
  'Front',
  'Liberation Front',
  'Popular Army',
  'Brigades',
  'Resistance Movement',
  'National Movement',
];
const CLERGY_TITLES = ['Bishop', 'Archbishop', 'Father', 'Imam', 'Sheikh'];
const MEDIA_FORMS = ['Radio', 'Herald', 'Television', 'Courier'];
const PEOPLE_FORMS = ['diaspora', 'peasantry', 'merchant community', 'veterans league', 'clergy'];
const OFFICE_FORMS = [
  'Interior Ministry',
  'Defense Ministry',
  'Foreign Ministry',
  'intelligence service',
  'national police',
  'customs service',
];
const ORG_FORMS = ['Commission', 'Monitoring Mission', 'Relief Agency', 'Development Bank'];
const COMPANY_FORMS = ['Holdings', 'Trading Company', 'Shipping', 'Mining Consortium'];

/** Builds one actor of the given kind with fresh syllable names; may repeat names (caller checks). */
function draftActor(kind: ActorKind, r: Random): Omit<SynthActor, 'id' | 'aliases' | 'memberOf'> {
  const place = root(r);
  switch (kind) {
    case 'person': {
      const surname = root(r);
      const title = r.pick(PERSON_TITLES);
      return {
        name: `${root(r, 2)} ${surname}`,
        kind,
        article: '',
        aliasOptions: [
          { text: surname, article: '' },
          { text: `${title} ${surname}`, article: '' },
        ],
        description: `Synthetic person: ${r.pick(PERSON_ROLES)}`,
        headline: surname,
      };
    }
    case 'armed-group': {
      const name = `${place} ${r.pick(GROUP_FORMS)}`;
      const short = acronym(name);
      return {
        name,
        kind,
        article: 'the',
        aliasOptions: [
          ...(short ? [{ text: short, article: 'the' }] : []),
          { text: `${place} group`, article: 'the' },
        ],
        description: `Synthetic armed group active in the ${place} hills`,
        headline: short ?? name,
      };
    }
    case 'government':
      return {
        name: `Government of ${place}`,
        kind,
        article: 'the',
        aliasOptions: [{ text: `${adjective(place)} government`, article: 'the' }],
        description: `Synthetic government of the ${place} republic`,
        headline: place,
      };
    case 'state': {
      const capital = root(r);
      return {
        name: place,
        kind,
        article: '',
        aliasOptions: [{ text: capital, article: '' }],
        description: `Synthetic state; its capital is ${capital}`,
        headline: place,
      };
    }
    case 'international-organisation': {
      const name = `${place} ${r.pick(ORG_FORMS)}`;
      const short = acronym(name);
      return {
        name,
        kind,
        article: 'the',
        aliasOptions: short ? [{ text: short, article: 'the' }] : [],
        description: `Synthetic international organisation set up by the ${place} accords`,
        headline: short ?? name,
      };
    }
    case 'group-of-states':
      return {
        name: `${place} Group`,
        kind,
        article: 'the',
        aliasOptions: [],
        description: `Synthetic informal group of states meeting at ${place}`,
        headline: `${place} Group`,
      };
    case 'religious-figure': {
      const surname = root(r);
      const title = r.pick(CLERGY_TITLES);
      return {
        name: `${title} ${root(r, 2)} ${surname}`,
        kind,
        article: '',
        aliasOptions: [
          { text: `${title} ${surname}`, article: '' },
          { text: surname, article: '' },
        ],
        description: `Synthetic religious figure who preaches in ${place}`,
        headline: surname,
      };
    }
    case 'media': {
      const form = r.pick(MEDIA_FORMS);
      const name = form === 'Radio' ? `Radio ${place}` : `${place} ${form}`;
      return {
        name,
        kind,
        article: form === 'Radio' || form === 'Television' ? '' : 'the',
        aliasOptions: [],
        description: `Synthetic news medium based in ${place}`,
        headline: name,
      };
    }
    case 'people':
      return {
        name: `${adjective(place)} ${r.pick(PEOPLE_FORMS)}`,
        kind,
        article: 'the',
        aliasOptions: [],
        description: `Synthetic population group from ${place}`,
        headline: place,
      };
    case 'office':
      return {
        name: `${adjective(place)} ${r.pick(OFFICE_FORMS)}`,
        kind,
        article: 'the',
        aliasOptions: [],
        description: `Synthetic government office of ${place}`,
        headline: place,
      };
    case 'other': {
      const name = `${place} ${r.pick(COMPANY_FORMS)}`;
      return {
        name,
        kind,
        article: '',
        aliasOptions: [{ text: place, article: '' }],
        description: `Synthetic company registered in ${root(r)}`,
        headline: place,
      };
    }
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** N actors, ranked: index 0 is the biggest hub. Names and ids are unique. */
export function makeActors(n: number, r: Random): SynthActor[] {
  const actors: SynthActor[] = [];
  const taken = new Set<string>();
  const hubs = Math.max(1, Math.ceil(n / 100));
  const hubWeights = HUB_KINDS.map(([, w]) => w);
  const otherWeights = OTHER_KINDS.map(([, w]) => w);
  for (let i = 0; i < n; i++) {
    const kind =
      i < hubs ? HUB_KINDS[r.weighted(hubWeights)]![0] : OTHER_KINDS[r.weighted(otherWeights)]![0];
    for (;;) {
      const draft = draftActor(kind, r);
      const id = slug(draft.name);
      if (taken.has(draft.name) || taken.has(id)) continue;
      taken.add(draft.name);
      taken.add(id);
      actors.push({ ...draft, id, aliases: [], memberOf: -1 });
      break;
    }
  }
  return actors;
}
