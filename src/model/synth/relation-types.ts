interface SynthRelationType {
  readonly id: string;
  readonly label: string;
  readonly directed: boolean;
  readonly definition: string;
  /** From the Peru bundle's palette: ≥ 3:1 on white, distinguishable under each dichromacy. */
  readonly color: string;
  /** Third person present, bare infinitive, past participle: "funds", "fund", "funded". */
  readonly verb: readonly [string, string, string];
  /** How often the type is asserted, relative to the others. */
  readonly weight: number;
}

/** The fixed relation types of every synthetic corpus, identical in every bundle. */
export const RELATION_TYPES: readonly SynthRelationType[] = [
  {
    id: 'funds',
    label: 'funds',
    directed: true,
    definition: 'Source gives Target money, directly or through intermediaries.',
    color: '#3f9f8f',
    verb: ['funds', 'fund', 'funded'],
    weight: 9,
  },
  {
    id: 'arms',
    label: 'supplies arms to',
    directed: true,
    definition: 'Source provides Target with weapons, ammunition or explosives.',
    color: '#a54700',
    verb: ['supplies arms to', 'supply arms to', 'supplied arms to'],
    weight: 7,
  },
  {
    id: 'commands',
    label: 'commands',
    directed: true,
    definition: 'Source gives Target orders that Target is expected to follow.',
    color: '#332288',
    verb: ['commands', 'command', 'commanded'],
    weight: 6,
  },
  {
    id: 'negotiates-with',
    label: 'negotiates with',
    directed: false,
    definition: 'The two bargain with each other, directly or through intermediaries.',
    color: '#005d94',
    verb: ['negotiates with', 'negotiate with', 'negotiated with'],
    weight: 10,
  },
  {
    id: 'meets-with',
    label: 'meets with',
    directed: false,
    definition: 'The two meet in person, whatever is discussed.',
    color: '#5a8aa1',
    verb: ['meets with', 'meet with', 'met with'],
    weight: 12,
  },
  {
    id: 'cooperates-with',
    label: 'cooperates with',
    directed: false,
    definition: 'The two work together towards a shared end.',
    color: '#1f7f2f',
    verb: ['cooperates with', 'cooperate with', 'cooperated with'],
    weight: 10,
  },
  {
    id: 'threatens',
    label: 'threatens',
    directed: true,
    definition: 'Source threatens Target with violence or other harm.',
    color: '#882255',
    verb: ['threatens', 'threaten', 'threatened'],
    weight: 8,
  },
  {
    id: 'informs',
    label: 'passes information to',
    directed: true,
    definition: 'Source tells Target something, openly or covertly.',
    color: '#6c5cc8',
    verb: ['passes information to', 'pass information to', 'passed information to'],
    weight: 12,
  },
  {
    id: 'shelters',
    label: 'shelters',
    directed: true,
    definition: 'Source gives Target refuge, a base or safe passage.',
    color: '#b37b00',
    verb: ['shelters', 'shelter', 'sheltered'],
    weight: 6,
  },
  {
    id: 'pressures',
    label: 'pressures',
    directed: true,
    definition: 'Source presses Target to act or to refrain, short of threats.',
    color: '#545429',
    verb: ['pressures', 'pressure', 'pressured'],
    weight: 6,
  },
  {
    id: 'opposes',
    label: 'opposes',
    directed: true,
    definition: 'Source stands against Target or what it wants, short of force.',
    color: '#712d35',
    verb: ['opposes', 'oppose', 'opposed'],
    weight: 9,
  },
  {
    id: 'mediates-with',
    label: 'mediates with',
    directed: true,
    definition: 'Source acts as a go-between with Target on behalf of a third party.',
    color: '#7d3070',
    verb: ['mediates with', 'mediate with', 'mediated with'],
    weight: 5,
  },
];
