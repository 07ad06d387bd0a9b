import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphTheme } from '../graph-style.ts';

/** Light-theme token values, used when the element is shown outside the app root. */
export const FALLBACK_THEME: GraphTheme = {
  text: '#1b1f24',
  bg: '#f6f7f9',
  surface: '#ffffff',
  muted: '#555d68',
  accent: '#0b5cad',
  focus: '#0b5cad',
  font: 'system-ui, sans-serif',
};

/**
 * The colour tokens as `element` resolves them, as #rrggbb whatever CSS colour syntax they were
 * written in (Cytoscape and the contrast checks need plain hex).
 */
export function readTheme(element: Element): GraphTheme {
  const computed = getComputedStyle(element);
  const ctx = document.createElement('canvas').getContext('2d');
  const color = (name: string, fallback: string): string => {
    const value = computed.getPropertyValue(name).trim();
    if (!value || !ctx) return fallback;
    // The canvas normalises any CSS colour to #rrggbb (or rgba() when translucent).
    ctx.fillStyle = '#010203';
    ctx.fillStyle = value;
    const normalised = String(ctx.fillStyle);
    if (normalised === '#010203' && value.toLowerCase() !== '#010203') return fallback;
    if (normalised.startsWith('#')) return normalised;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normalised);
    if (!m) return fallback;
    return `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
  };
  const font = computed.getPropertyValue('--mg-font').trim();
  return {
    text: color('--mg-text', FALLBACK_THEME.text),
    bg: color('--mg-bg', FALLBACK_THEME.bg),
    surface: color('--mg-surface', FALLBACK_THEME.surface),
    muted: color('--mg-muted', FALLBACK_THEME.muted),
    accent: color('--mg-accent', FALLBACK_THEME.accent),
    focus: color('--mg-focus', FALLBACK_THEME.focus),
    font: font || FALLBACK_THEME.font,
  };
}

/**
 * Holds the host's colour tokens, read with readTheme(), and calls `onSchemeChange` whenever the
 * reader's colour scheme changes while the host is connected.
 */
export class ThemeController implements ReactiveController {
  /** The tokens as last read; FALLBACK_THEME until then. */
  value: GraphTheme = FALLBACK_THEME;

  private schemeQuery: MediaQueryList | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onSchemeChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.schemeQuery?.removeEventListener('change', this.onChange);
    this.schemeQuery = null;
  }

  /** Reads the tokens again. */
  read(): GraphTheme {
    this.value = readTheme(this.host);
    return this.value;
  }

  private readonly onChange = (): void => this.onSchemeChange();
}
