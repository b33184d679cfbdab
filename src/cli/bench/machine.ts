/**
 * What machine a benchmark ran on and how busy it was: figures from a shared 2-core machine mean
 * little without knowing that other processes were competing for the same cores.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started. */
  loadAverage: number;
}

export const machineInfo = (): MachineInfo => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: availableParallelism(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: Number(loadavg()[0]!.toFixed(2)),
});

/** Busy and total CPU time of the whole machine so far, in seconds (Linux /proc/stat), or null. */
const machineCpu = (): { busy: number; total: number } | null => {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal …, in clock ticks (100 a second on Linux).
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return null;
  }
};

/**
 * Starts measuring how much CPU the whole machine used; `stop()` gives the busy core-seconds
 * since, so a caller can subtract its own CPU time and see what everyone else took.
 */
export const startMachineCpu = (): { stop: () => number | null } => {
  const before = machineCpu();
  return {
    stop: () => {
      const after = machineCpu();
      return before && after ? after.busy - before.busy : null;
    },
  };
};

/** CPU seconds (user + system) this process has used, worker threads included. */
export const processCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
