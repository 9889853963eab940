#!/usr/bin/env xsh
// Restores a domain from one of its checkpoints: the tutorial's hand procedure (section 6.3)
//
//     zfs clone zroot/debian@1552572976 zroot/debian-1552572976
//     (edit debian.cfg: the disk now points at the clone, saved as debian-1552572976.cfg)
//     xl restore debian-1552572976.cfg debian-1552572976.save
//
// as one `checkpoint restore`: clones of the checkpoint's snapshots, a config whose disks point at
// them, the image restored with it, and nothing left behind when a step fails. Without NEW_NAME
// the domain comes back under its own name, replacing the running one only once the restore
// has succeeded; with NEW_NAME it comes back beside it.
//
// usage: restore-checkpoint.xsh DOMAIN ID [NEW_NAME]
//        ID is the checkpoint's id (1552572976), or 'latest'

final String USAGE = 'usage: restore-checkpoint.xsh DOMAIN ID [NEW_NAME]'

if (args.length < 2 || args.length > 3) {
    exit 2, USAGE
}
String name = args[0]
String id = args[1]
String newName = args.length > 2 ? args[2] : null

def chosen = id == 'latest' ? checkpoint.latest(name) : checkpoint.show("$name@$id")
if (!chosen) {
    exit 1, id == 'latest' ? "restore-checkpoint.xsh: $name has no checkpoint" : "restore-checkpoint.xsh: no checkpoint $name@$id"
}
if (!checkpoint.verify(name).find { it.checkpoint.id == chosen.id }?.ok) {
    exit 1, "restore-checkpoint.xsh: ${chosen.reference()} does not verify; see: xsh checkpoint verify $name"
}

def options = newName ? [as: newName] : (domain(name) ? [replace: true] : [:])
def restored = checkpoint.restore(options, chosen)
if (restored) {
    println "restored ${chosen.reference()} (taken ${chosen.taken}) as ${restored.name}, id ${restored.id}"
}
