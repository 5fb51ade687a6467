// The look of the page: every kind of highlight has a setting to turn it off and a style whose colours are contributed
// for light, dark and both high-contrast themes, readable on VS Code's default backgrounds, visible without shouting.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HIGHLIGHT_STYLES, coloursOf, type HighlightStyle } from '../../src/editor/highlight-styles';

interface Colour {
  id: string;
  defaults: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const colours = new Map<string, Colour>((manifest.contributes.colors as Colour[]).map((c) => [c.id, c]));
const settings = Object.keys(manifest.contributes.configuration.properties as Record<string, unknown>);

/** VS Code's default themes of each kind: editor background and text colour (Modern themes, and the high-contrast ones). */
const THEMES = {
  light: { background: '#ffffff', text: '#3b3b3b' },
  dark: { background: '#1f1f1f', text: '#cccccc' },
  highContrast: { background: '#000000', text: '#ffffff' },
  highContrastLight: { background: '#ffffff', text: '#292929' },
} as const;
type Theme = keyof typeof THEMES;
const THEME_NAMES = Object.keys(THEMES) as Theme[];

/** A #rrggbb or #rrggbbaa colour painted over an opaque background: the colour the reader sees. */
function over(colour: string, background: string): number[] {
  const channels = (hex: string) => [1, 3, 5, 7].map((i) => (i < hex.length ? parseInt(hex.slice(i, i + 2), 16) : 255));
  const [r, g, b, a] = channels(colour);
  const under = channels(background);
  return [r, g, b].map((v, i) => v * (a / 255) + under[i] * (1 - a / 255));
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
function contrast(x: number[], y: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m);
  return (hi + 0.05) / (lo + 0.05);
}

const colourIn = (name: string, theme: Theme) => colours.get(`marginalia.${name}`)!.defaults[theme];
/** How far a colour stands out from the theme's background. */
const against = (name: string, theme: Theme) =>
  contrast(over(colourIn(name, theme), THEMES[theme].background), over(THEMES[theme].background, '#ffffff'));
const isHighContrast = (theme: Theme) => theme.startsWith('highContrast');

/** The marks of a style that a reader can see in a theme: text, lines and tints that are not transparent there. */
function visibleMarks(style: HighlightStyle, theme: Theme): string[] {
  const marks: string[] = [];
  if (style.fontStyle) marks.push('italic');
  for (const line of [style.color, style.underline?.color, style.marginBar?.color])
    if (line && against(line, theme) >= 3) marks.push(line);
  if (style.backgroundColor && against(style.backgroundColor, theme) >= 1.08) marks.push(style.backgroundColor);
  return marks;
}

describe('highlight styles', () => {
  it('every kind of highlight has its on/off setting, and every setting its kind', () => {
    const kinds = Object.keys(HIGHLIGHT_STYLES).sort();
    const switches = settings
      .filter((s) => s.startsWith('marginalia.highlight.'))
      .map((s) => s.slice('marginalia.highlight.'.length))
      .sort();
    assert.deepStrictEqual(kinds, switches);
  });

  it('every colour a style uses is contributed, with a default for light, dark, high contrast and high contrast light', () => {
    for (const [kind, style] of Object.entries(HIGHLIGHT_STYLES)) {
      for (const name of coloursOf(style)) {
        const colour = colours.get(`marginalia.${name}`);
        assert.ok(colour, `${kind}: marginalia.${name} is not in contributes.colors`);
        for (const theme of THEME_NAMES)
          assert.match(colour.defaults[theme] ?? '', /^#([0-9a-f]{6}|[0-9a-f]{8})$/i, `${colour.id} in ${theme}`);
      }
    }
  });

  it('scare quotes, quotations and confessions each have a style of their own (scare quotes are no longer plain text)', () => {
    const looks = ['scare', 'quotation', 'confession'].map((k) =>
      JSON.stringify(HIGHLIGHT_STYLES[k as keyof typeof HIGHLIGHT_STYLES]),
    );
    assert.strictEqual(new Set(looks).size, 3);
    assert.ok(visibleMarks(HIGHLIGHT_STYLES.scare, 'light').length > 0);
  });

  it('confessions are underlined and barred in the margin, never boxed (a box on every wrapped line reads as an error)', () => {
    const confession = HIGHLIGHT_STYLES.confession;
    assert.ok(confession.underline && confession.marginBar);
    assert.match(confession.underline.width, /^\d+px$/);
  });

  it('every kind shows in every theme: text, a line or an italic readable (3:1), or a tint that can be seen', () => {
    for (const theme of THEME_NAMES) {
      for (const [kind, style] of Object.entries(HIGHLIGHT_STYLES))
        assert.ok(visibleMarks(style, theme).length > 0, `${kind} is invisible in ${theme}`);
    }
  });

  it('coloured names, dates and scare quotes are readable as text (4.5:1, 7:1 in high contrast)', () => {
    for (const theme of THEME_NAMES) {
      for (const [kind, style] of Object.entries(HIGHLIGHT_STYLES)) {
        if (!style.color) continue;
        const ratio = against(style.color, theme);
        assert.ok(ratio >= (isHighContrast(theme) ? 7 : 4.5), `${kind} in ${theme}: ${ratio.toFixed(2)}`);
      }
    }
  });

  it('tints are visible in light themes too, quiet, and keep the text readable; high-contrast themes get lines, not tints', () => {
    const tints = [
      ...Object.values(HIGHLIGHT_STYLES).flatMap((s) => (s.backgroundColor ? [s.backgroundColor] : [])),
      'annotationBackground',
    ];
    for (const name of tints) {
      for (const theme of ['light', 'dark'] as const) {
        const seen = against(name, theme);
        assert.ok(seen >= 1.08 && seen <= 1.6, `${name} in ${theme} stands out ${seen.toFixed(2)}:1 from the page`);
        const text = contrast(over(THEMES[theme].text, '#ffffff'), over(colourIn(name, theme), THEMES[theme].background));
        assert.ok(text >= 4.5, `text on ${name} in ${theme}: ${text.toFixed(2)}`);
      }
    }
    for (const style of Object.values(HIGHLIGHT_STYLES)) {
      if (!style.backgroundColor) continue;
      for (const theme of ['highContrast', 'highContrastLight'] as const)
        assert.strictEqual(against(style.backgroundColor, theme), 1, `${style.backgroundColor} in ${theme}`);
    }
  });
});
