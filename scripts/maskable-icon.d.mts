import type { PNG } from 'pngjs';

export const plainIconPath: string;
export const maskableIconPath: string;
export const safeRadius: number;
export function artOutside(png: PNG, radius: number): [number, number][];
export function maskable(png: PNG, share?: number): PNG;
