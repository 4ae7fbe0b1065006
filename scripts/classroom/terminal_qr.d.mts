export function terminalQr(text: string): Promise<string>;
