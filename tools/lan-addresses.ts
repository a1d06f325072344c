// The addresses a phone on the same Wi-Fi can reach this computer at (npm run preview -- --lan).
import os from 'os'

type Interfaces = ReturnType<typeof os.networkInterfaces>

/** Every IPv4 address of a network interface that is not this machine's loopback. */
export function lanAddresses(interfaces: Interfaces = os.networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address)
}
