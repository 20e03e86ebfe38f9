/** The municipal theme packages' CSS, from the plugin in main.ts. */
declare module 'virtual:stroomop-theme-packages' {
  /** Theme id → the package this build leaves out: not installed, or its licence does not allow redistribution. */
  export const unavailableThemes: Readonly<Record<string, { package: string; license: string; reason: 'licence' | 'not-installed' }>>;
}
