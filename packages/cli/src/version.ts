/** Version printed by `dieule --version` (its own module, so printing it loads nothing else). */
export const VERSION = '0.1.0';
