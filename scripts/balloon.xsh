#!/usr/bin/env xsh
// Balloons every domU down to a memory target and reports what each one gave back: before a
// host's maintenance, or to make room for a new guest.
//
// usage: balloon.xsh TARGET_MIB [TIMEOUT_SECONDS=30]
//        Domains already at or below TARGET_MIB are left alone. Waits up to TIMEOUT_SECONDS for
//        the guests to reach their targets; exits 1 if any did not.

final String USAGE = 'usage: balloon.xsh TARGET_MIB [TIMEOUT_SECONDS=30]'

if (args.length < 1 || args.length > 2 || !args.every { it ==~ /[1-9][0-9]{0,6}/ }) {
    exit 2, USAGE
}
def target = (args[0] as long).MiB
def timeout = (args.length > 1 ? args[1] as long : 30).seconds

def domUs = list().findAll { !it.domain0 && !it.shutdown && !it.dying }
def shrinking = domUs.findAll { it.target > target }
def before = shrinking.collectEntries { [it.name, it.memory] }
shrinking.each { memSet it, target }

boolean reached = true
if (shrinking && !dryRun) {
    try {
        waitUntil(timeout: timeout) { shrinking.every { d -> domain(d.name)?.memory?.compareTo(target) <= 0 } }
    } catch (xsh.error.XshException e) {
        reached = false
    }
}

def width = (['Name'] + domUs*.name)*.length().max()
println "${'Name'.padRight(width)}  ${'Before'.padLeft(8)}  ${'Now'.padLeft(8)}  ${'Freed'.padLeft(8)}"
long freed = 0
domUs.each { d ->
    def now = domain(d.name)?.memory ?: d.memory
    def was = before[d.name] ?: d.memory
    long gave = Math.max(0, was.mib() - now.mib())
    freed += gave
    println "${d.name.padRight(width)}  ${(was.mib() + ' MiB').padLeft(8)}  ${(now.mib() + ' MiB').padLeft(8)}  ${(gave + ' MiB').padLeft(8)}"
}
println "${shrinking.size()} of ${domUs.size()} domains ballooned to ${target}; ${freed} MiB freed"
if (!reached) {
    exit 1, "balloon.xsh: not every domain reached ${target} within ${timeout.seconds} s"
}
