// Summary figures for repeated measurements.

/** The middle value of `list` (the upper middle of an even count); `list` is left as it is. */
export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
