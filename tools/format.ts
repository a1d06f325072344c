// Figures as the reports print them.
export const KB = 1024

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}
