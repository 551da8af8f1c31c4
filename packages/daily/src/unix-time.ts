// Daily speaks unix seconds; everything else in the project speaks Date. Convert only at the boundary.
export const toUnixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

export const fromUnixSeconds = (seconds: number): Date => new Date(seconds * 1000);
