#!/usr/bin/env xsh
// Live-migrates every domU of this host to HOST, one after another, before the host's
// maintenance. A domain that fails to migrate runs on here under its name (the failure is
// told) and the others go on; a line per domain as it goes, then a summary.
//
// usage: evacuate.xsh HOST [SSH_COMMAND=ssh]
//        HOST: local:NAME for another embedded host, else a machine SSH_COMMAND reaches, where
//        'xsh migrate-receive' runs. Exits 1 if any domain is still here.

import xsh.error.XshException

final String USAGE = 'usage: evacuate.xsh HOST [SSH_COMMAND=ssh]'

if (args.length < 1 || args.length > 2 || args.any { it.isBlank() }) {
    exit 2, USAGE
}
def how = [to: args[0]]
if (args.length > 1) {
    how.ssh = args[1]
}

def domUs = list().findAll { !it.domain0 && !it.name.endsWith('--incoming') && !it.name.endsWith('--migratedaway') }
def stayed = [:]
domUs.each { d ->
    try {
        def report = migrate(how, d.name)
        if (report != null) {
            println "${d.name}: migrated in ${report.rounds()} rounds, downtime ${report.downtimeMs()} ms"
        }
    } catch (XshException e) {
        System.err.println e.message   // xl's lines; the last one says what became of the domain
        stayed[d.name] = e.message.readLines().findAll { !it.isBlank() }.last()
        println "${d.name}: failed: ${stayed[d.name]}"
    }
}
if (dryRun) {
    return
}
println "evacuated ${domUs.size() - stayed.size()} of ${domUs.size()} domains to ${args[0]}" +
        (stayed ? "; still here: ${stayed.keySet().join(', ')}" : '')
if (stayed) {
    exit 1
}
