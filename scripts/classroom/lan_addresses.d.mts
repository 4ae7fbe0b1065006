import type { NetworkInterfaceInfo } from 'node:os';

export function lanAddresses(interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): string[];
export function classroomUrls(addresses: string[], port: number): string[];
