package xsh.hv.xen.config

import spock.lang.Specification
import xsh.cfg.disk.DiskSpecParser

/**
 * Every disk libxl can hold comes back as a spec xl reads to the very same disk. The disks
 * are those xl 4.17's own parser made of dsl-grammar's disk corpus (DiskSpecXlCorpusSpec):
 * blanks and newlines inside values, empty vdevs, targets that look like flags or prefixes,
 * vdevs with colons, negative COLO ports.
 */
class DiskSpecTextSpec extends Specification {

    def "#disk comes back through #spec, without a note"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == disk
        DiskSpecParser.parse(spec).toLibxl().keySet() as List == disk.keySet() as List

        where:
        disk << DISKS
        spec = DiskSpecText.of(LibxlObject.of(disk), 'disk 0', { throw new AssertionError(it) }).orElseThrow()
    }

    def "the common case reads as people write it"() {
        expect:
        DiskSpecText.of(LibxlObject.of(disk), 'disk 0', { throw new AssertionError(it) }).orElseThrow() == spec

        where:
        disk                                                                                   || spec
        [pdev_path: '/dev/zvol/tank/web', vdev: 'xvda', format: 'raw', readwrite: 1]           || '/dev/zvol/tank/web,raw,xvda,rw'
        [pdev_path: '/root/freebsd.iso', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1] || '/root/freebsd.iso,raw,hdc,ro,devtype=cdrom'
        [pdev_path: '/a,b', vdev: 'xvda', format: 'raw', readwrite: 1]                         || 'format=raw,vdev=xvda,access=rw,target=/a,b'
        [pdev_path: 'iscsi:iqn.x:disk', vdev: 'xvdb', format: 'raw', readwrite: 1, script: 'block-iscsi'] || 'format=raw,vdev=xvdb,access=rw,script=block-iscsi,target=iscsi:iqn.x:disk'
        [vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]                              || 'format=empty,vdev=hdc,access=ro,devtype=cdrom'
    }

    static final List<Map> DISKS = [
        [pdev_path: 'trusted', vdev: '', format: 'raw', readwrite: 1, colo_export: 'n ', active_disk: '/a'],
        [pdev_path: '/img', vdev: 'qcow2', format: 'raw', script: 'block-x', readwrite: 1, colo_port: 7000, active_disk: '/a'],
        [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1, active_disk: '/a '],
        [pdev_path: '/dev/vg/a b', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1, active_disk: '/a'],
        [pdev_path: '', vdev: 'qcow2', format: 'qcow', readwrite: 1, active_disk: 'a'],
        [pdev_path: '', vdev: 'w', backend: 'qdisk', format: 'raw', readwrite: 1, colo_enable: 'True'],
        [pdev_path: '/img ', vdev: 'vhd', backend: 'phy', format: 'raw', readwrite: 1, specification: 'virtio', colo_export: 'n'],
        [pdev_path: '/img', vdev: 'empty', backend: 'phy', format: 'raw', readwrite: 1, colo_host: 'h'],
        [pdev_path: '/img', vdev: 'vhd', backend: 'phy', format: 'qcow', readwrite: 1, colo_port: 7000],
        [pdev_path: '/img', vdev: '', backend: 'phy', format: 'raw', direct_io_safe: true, discard_enable: 'True'],
        [pdev_path: '/x', vdev: '', backend: 'standalone', format: 'raw', script: '', readwrite: 1, direct_io_safe: true],
        [pdev_path: 'no-discard ', vdev: '', backend: 'phy', format: 'raw', readwrite: 1, direct_io_safe: true],
        [pdev_path: '/dev/vg/a b ', vdev: ' ', backend: 'phy', format: 'qed', removable: 1, is_cdrom: 1],
        [vdev: '', backend: 'phy', format: 'empty', script: 'block-drbd', removable: 1, is_cdrom: 1],
        [pdev_path: '/img', vdev: 'cdrom ', backend: 'phy', format: 'empty', readwrite: 1],
        [pdev_path: '/img ', vdev: '', backend: 'qdisk', format: 'qed'],
        [backend_domname: '', pdev_path: 'hdc:cdrom\ntapdisk:', vdev: '', format: 'empty', script: 'block-drbd', readwrite: 1, colo_enable: 'True'],
        [backend_domname: '', pdev_path: '/img', vdev: '', format: 'raw', script: 'block-drbd', readwrite: 1, colo_enable: 'True'],
        [backend_domname: 'drv', pdev_path: 'trusted ', vdev: 'sda ', format: 'qcow2', readwrite: 1, colo_enable: 'True'],
        [backend_domname: '', pdev_path: 'trusted', vdev: '', format: 'qed', colo_export: 'n', hidden_disk: '/h'],
        [backend_domname: '', pdev_path: 'vhd', vdev: 'xvdb', format: 'raw', removable: 1, is_cdrom: 1, colo_export: 'n '],
        [backend_domname: '', pdev_path: 'img', vdev: 'vhd', format: 'qcow2', readwrite: 1, specification: 'virtio', colo_host: 'h'],
        [backend_domname: '', pdev_path: '/dev/vg/a b', vdev: 'xvdz ', format: 'qcow', readwrite: 1, colo_host: 'h'],
        [backend_domname: '\ntrusted', pdev_path: 'rw', vdev: 'x', format: 'vhd', readwrite: 1, colo_port: -5],
        [backend_domname: '', pdev_path: 'trusted ', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, specification: 'xen'],
        [backend_domname: 'drv', pdev_path: 'w', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true],
        [backend_domname: 'drv', pdev_path: '/img', vdev: 'vhd', format: 'raw', script: 'block-drbd', readwrite: 1, discard_enable: 'True'],
        [backend_domname: 'drv\ndevtype=', pdev_path: 'raw', vdev: '', format: 'qcow2', readwrite: 1, hidden_disk: 'h /img'],
        [backend_domname: 'drv', pdev_path: '/img', vdev: 'qed', format: 'raw', readwrite: 1, hidden_disk: '/h '],
        [backend_domname: ' ', pdev_path: '', vdev: 'vhd', format: 'empty', removable: 1, is_cdrom: 1],
        [backend_domname: ' ', pdev_path: '/img', vdev: 'qcow2', format: 'qcow', removable: 1, is_cdrom: 1],
        [backend_domname: '', pdev_path: 'raw', vdev: 'xvdb', format: 'raw', script: 'block-drbd'],
        [backend_domname: 'drv', pdev_path: '', vdev: 'xvdb', format: 'raw'],
        [pdev_path: 'img', vdev: 'raw ', format: 'raw', readwrite: 1, discard_enable: 'True', colo_enable: 'False', hidden_disk: '/h'],
        [pdev_path: '/img', vdev: 'hdc', format: 'empty', readwrite: 1, discard_enable: 'False', colo_enable: 'False'],
        [pdev_path: 'img', vdev: 'qed ', format: 'raw', readwrite: 1, colo_enable: 'True', hidden_disk: '/h'],
        [pdev_path: '/p', vdev: 'a:b', format: 'raw', removable: 1, is_cdrom: 1, colo_enable: 'True'],
        [pdev_path: '/img', vdev: 'hdc', format: 'empty', readwrite: 1, colo_enable: 'False'],
        [pdev_path: 'img', vdev: 'raw ', format: 'qcow', readwrite: 1, colo_enable: 'True'],
        [pdev_path: 'img', vdev: 'qcow2', format: 'raw', readwrite: 1, colo_host: 'h', colo_export: 'n'],
        [pdev_path: '', vdev: 'vhd ', format: 'qcow', readwrite: 1, direct_io_safe: true, colo_export: 'n'],
        [pdev_path: 'discard ', vdev: 'img', format: 'raw', readwrite: 1, colo_export: 'n', hidden_disk: '/h'],
        [pdev_path: '/img', vdev: '', format: 'raw', readwrite: 1, colo_export: 'n'],
        [pdev_path: '/img', vdev: 'raw  ', format: 'qcow', readwrite: 1, direct_io_safe: true, specification: 'xen', colo_host: 'h'],
        [pdev_path: '/img', vdev: 'empty', format: 'raw', readwrite: 1, discard_enable: 'False', colo_host: 'h'],
        [pdev_path: '/img', vdev: 'qcow2 ', format: 'raw', script: 'block-nbd', removable: 1, is_cdrom: 1, colo_host: 'h '],
        [pdev_path: '/img', vdev: 'vhd', format: 'raw', script: 'block-iscsi', readwrite: 1, colo_host: 'h'],
        [pdev_path: 'trusted', vdev: 'xvda ', format: 'qed', readwrite: 1, colo_host: 'h '],
        [pdev_path: '/img', vdev: 'xvdz', format: 'qed', readwrite: 1, colo_host: 'h'],
        [pdev_path: 'trusted ', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, colo_port: 7000],
        [pdev_path: 'trusted', vdev: 'empty ', format: 'raw', readwrite: 1, discard_enable: 'False', colo_port: 7000],
        [pdev_path: 'a:disk', vdev: 'x', format: 'vhd', removable: 1, is_cdrom: 1, specification: 'virtio', colo_port: 12],
        [pdev_path: '/dev/vg/a b', vdev: 'qcow2', format: 'raw', readwrite: 1, specification: 'xen', colo_port: 7000],
        [pdev_path: 'x', vdev: 'qcow2', format: 'vhd', readwrite: 1, colo_port: 12],
        [pdev_path: '/img ', vdev: 'raw ', format: 'qcow2', readwrite: 1, direct_io_safe: true, discard_enable: 'True'],
        [pdev_path: '/img', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, discard_enable: 'False'],
        [pdev_path: '/dev/vg/a b', vdev: 'hdc ', format: 'empty', script: 'block-x', removable: 1, is_cdrom: 1, discard_enable: 'False'],
        [pdev_path: 'img', vdev: 'raw  ', format: 'raw', script: 'block-iscsi', removable: 1, is_cdrom: 1, discard_enable: 'True'],
        [pdev_path: '/img', vdev: 'hdc', format: 'qcow2', removable: 1, is_cdrom: 1, discard_enable: 'True', specification: 'virtio'],
        [pdev_path: '/img', vdev: 'empty ', format: 'raw', script: 'block-drbd', readwrite: 1, discard_enable: 'False', specification: 'virtio'],
        [pdev_path: 'Raw:', vdev: '', format: 'raw', script: 'block-iscsi', readwrite: 1, discard_enable: 'True'],
        [pdev_path: 'trusted', vdev: '', format: 'qed', readwrite: 1, discard_enable: 'True'],
        [pdev_path: '/img', vdev: 'qed', format: 'raw', readwrite: 1, discard_enable: 'True'],
        [pdev_path: 'img ', vdev: '', format: 'raw', removable: 1, is_cdrom: 1, specification: 'virtio'],
        [pdev_path: '/img ', vdev: 'xvdz', format: 'qcow', removable: 1, is_cdrom: 1],
        [pdev_path: 'img', vdev: 'hdc', format: 'qed', removable: 1, is_cdrom: 1],
        [pdev_path: '/img', vdev: 'hdc', format: 'qed', removable: 1, is_cdrom: 1],
        [pdev_path: '', vdev: 'vhd', format: 'raw', script: 'block-drbd', readwrite: 1, specification: 'xen'],
        [pdev_path: '', vdev: 'qed ', format: 'raw', script: 'block-nbd', readwrite: 1],
        [pdev_path: 'img', vdev: 'qcow2', format: 'qcow2', script: 'block-drbd']
    ]
}
