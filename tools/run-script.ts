// How every script of scripts/ ends: with its own exit code, or with a crash's message and `crashCode`.
// The exit is explicit because miniprogram-ci and the simulator leave handles (file watchers, timers) open.
export function runScript(main: () => Promise<number>, crashCode = 2): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(crashCode)
    }
  )
}
