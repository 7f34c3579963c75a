import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults use shade 6 for buttons and links and gray 6 for dimmed
 * text, both under 4.5:1 on white; shade 8 and a darker "dimmed" pass WCAG AA.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
