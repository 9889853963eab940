#!/usr/bin/env xsh
// The checkpoint loop of the FreeBSD/Xen tutorial (section 6.3), on the checkpoint verb:
//
//     while true; do
//         time=$(date +%s)
//         xl save -p debian debian-${time}.save
//         zfs snapshot zroot/debian@${time}
//         xl unpause debian
//         sleep 60
//     done
//
// Each round is one `checkpoint create`: the domain is saved paused, the dataset snapshotted at
// the same instant and the domain let run on, and a domain that was running is running again
// whatever fails in between. A round that fails is told and the loop goes on, as the sh loop
// does; the loop stops when the domain is gone. With COUNT, the exit code says whether every
// round made a checkpoint.
//
// usage: checkpoint-loop.xsh DOMAIN DATASET [INTERVAL_SECONDS=60] [COUNT=forever] [DIR=.]

import xsh.error.XshException

final String USAGE = 'usage: checkpoint-loop.xsh DOMAIN DATASET [INTERVAL_SECONDS=60] [COUNT=forever] [DIR=.]'

if (args.length < 2 || args.length > 5) {
    exit 2, USAGE
}

long positive(String text, String what, String usage) {
    if (!(text ==~ /[1-9][0-9]{0,8}/)) {
        exit 2, "checkpoint-loop.xsh: $what must be a positive whole number, not '$text'\n$usage"
    }
    text as long
}

String name = args[0]
String dataset = args[1]
long interval = args.length > 2 ? positive(args[2], 'INTERVAL_SECONDS', USAGE) : 60
Integer count = args.length > 3 && args[3] != 'forever' ? positive(args[3], 'COUNT', USAGE) as Integer : null
String dir = args.length > 4 ? args[4] : '.'

domain(name) ?: exit(1, "checkpoint-loop.xsh: no domain named $name")
zfs.dataset(dataset) ?: exit(1, "checkpoint-loop.xsh: no dataset named $dataset")

int failed = 0
every(times: count, interval.seconds) {
    try {
        def c = checkpoint.create(name, dataset: dataset, dir: dir)
        if (c) {   // null under --dry-run, which has printed what it would do
            println "${c.reference()}  ${c.image.fileName}  ${c.snapshots.join(' ')}  paused ${c.pauseMillis} ms"
        }
    } catch (XshException e) {
        failed++
        System.err.println "checkpoint-loop.xsh: $name: ${e.message}"
        if (!domain(name)) {
            exit 1, "checkpoint-loop.xsh: $name is gone; stopping"
        }
    }
}
if (failed) {
    exit 1, "checkpoint-loop.xsh: $failed of $count rounds made no checkpoint"
}
