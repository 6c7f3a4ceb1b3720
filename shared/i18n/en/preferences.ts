/** Settings > Language and Theme. Language names are written in their own language, so anyone can find theirs. */
export const preferences = {
  language: {
    label: 'Language',
    system: 'Follow the system',
    en: 'English',
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
  },
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'Follow the system',
  },
} as const;
