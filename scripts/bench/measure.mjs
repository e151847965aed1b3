// Measuring whole processes: wall time (from the parent, spawn to exit) and peak resident memory.
// Peak memory comes from GNU time (`/usr/bin/time -f %M`, the kernel's maxrss of the child) when
// it is installed; otherwise /proc/<pid>/status VmHWM is polled every 5 ms (the last value read
// before the process exits, so a late peak can be missed). Either way it is the measured process
// only — not processes it starts itself (soffice is never measured).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const GNU_TIME = '/usr/bin/time'
const scratch = mkdtempSync(join(tmpdir(), 'clausier-bench-time-'))
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))

/** How peak memory is measured here: 'gnu-time', 'proc-vmhwm' or 'none'. */
export const memoryMethod = (() => {
  if (existsSync(GNU_TIME)) {
    const out = join(scratch, 'probe')
    const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, 'true'])
    if (r.status === 0 && /^\d+\s*$/.test(readFileSync(out, 'utf8'))) return 'gnu-time'
  }
  return existsSync('/proc/self/status') ? 'proc-vmhwm' : 'none'
})()

/** Whether a program is on the PATH. */
export function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0
}

let seq = 0

/**
 * Runs a command to completion. Resolves to { ms, peakMB, code, stderr }; rejects when it cannot
 * start. `okCodes` are the exit codes that count as success (default [0]).
 */
export function runProcess(cmd, args, { cwd, env, okCodes = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const memFile = join(scratch, `m${seq++}`)
    const [file, argv] = memoryMethod === 'gnu-time' ? [GNU_TIME, ['-f', '%M', '-o', memFile, cmd, ...args]] : [cmd, args]
    const start = performance.now()
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d
    })
    let hwm = 0
    let poll
    if (memoryMethod === 'proc-vmhwm') {
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
          if (m) hwm = Math.max(hwm, Number(m[1]))
        } catch {
          /* exited */
        }
      }, 5)
    }
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      if (poll) clearInterval(poll)
      let kb = hwm
      if (memoryMethod === 'gnu-time') {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figure when N ≠ 0.
          kb = Number(readFileSync(memFile, 'utf8').trim().split('\n').at(-1))
          rmSync(memFile, { force: true })
        } catch {
          kb = 0
        }
      }
      const result = { ms, peakMB: kb > 0 ? kb / 1024 : undefined, code, stderr }
      if (!okCodes.includes(code)) {
        const err = new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)
        err.result = result
        return reject(err)
      }
      resolve(result)
    })
  })
}

/** The median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Max of defined numbers, or undefined. */
export function maxOf(values) {
  const v = values.filter((x) => x !== undefined)
  return v.length ? Math.max(...v) : undefined
}

/**
 * Runs several commands `runs` times, interleaved (a1 b1 a2 b2 …) so that the machine's load
 * weighs on all of them alike, after one untimed warm-up each (unless `warmup`, or a command's own
 * `warmup`, is false). Stops
 * repeating once the runs so far took more than `budgetMs` (at least one run each).
 * Returns one summary per command: { runs, ms (median), all, peakMB (max) }.
 */
export async function compare(commands, { runs, warmup = true, budgetMs = Infinity, log = () => {} }) {
  if (warmup) for (const c of commands) if (c.warmup !== false) await runProcess(c.cmd, c.args, c)
  const samples = commands.map(() => [])
  const started = performance.now()
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of commands.entries()) {
      if (c.before) await c.before()
      samples[k].push(await runProcess(c.cmd, c.args, c))
    }
    log(`  run ${i + 1}/${runs}: ${commands.map((c, k) => `${c.label} ${(samples[k].at(-1).ms / 1000).toFixed(2)} s`).join(', ')}`)
    if (performance.now() - started > budgetMs && i + 1 < runs) {
      log(`  stopping after ${i + 1} run(s): over the time budget of ${budgetMs / 1000} s`)
      break
    }
  }
  return samples.map((s) => ({ runs: s.length, ms: median(s.map((r) => r.ms)), all: s.map((r) => Math.round(r.ms)), peakMB: maxOf(s.map((r) => r.peakMB)) }))
}
