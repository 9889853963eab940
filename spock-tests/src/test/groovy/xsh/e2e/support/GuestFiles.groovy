package xsh.e2e.support

/**
 * A guest's files as the embedded host checks them at create time: a kernel and a disk
 * image that exist (the host reads neither), and a configuration naming them by absolute
 * path, so it works from any directory.
 */
class GuestFiles {

    final File dir

    GuestFiles(File dir) {
        this.dir = dir
        new File(dir, 'vmlinuz').bytes = new byte[4096]
    }

    /** Writes NAME.cfg for a PV guest with a disk NAME.img, plus {@code extra} lines; returns the file. */
    File config(String name, int memoryMib = 256, int vcpus = 2, String extra = '') {
        def disk = new File(dir, "${name}.img")
        disk.bytes = new byte[65536]
        def cfg = new File(dir, "${name}.cfg")
        cfg.text = """\
name = "$name"
type = "pv"
kernel = "${new File(dir, 'vmlinuz').absolutePath}"
memory = $memoryMib
vcpus = $vcpus
disk = ["${disk.absolutePath},raw,xvda,rw"]
$extra"""
        cfg
    }
}
