export const firstVisitHint: string;
export function classroomBanner(classroom: { urls: string[]; port: number }): Promise<string>;
