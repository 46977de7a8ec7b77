export function chromiumExecutable(): string;
export function chromiumLaunchOptions(): { executablePath: string; args: string[] };
