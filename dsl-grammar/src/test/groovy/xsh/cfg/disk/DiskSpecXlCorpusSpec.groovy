package xsh.cfg.disk

import spock.lang.Specification

/**
 * Block-attach inputs with the outcome recorded from xl's own disk parser: libxlutil's
 * scanner and xlu_disk_parse as shipped in Xen RELEASE-4.17.7, built on their own and run on
 * each input (stderr lines of a refusal, the JSON fields of an accepted disk). The inputs are
 * machine-generated mixes of every parameter, flag, prefix and separator; one input is kept
 * per kind of outcome, so odd ones are here on purpose.
 */
class DiskSpecXlCorpusSpec extends Specification {

    def "xl 4.17 accepts #words"() {
        when:
        def json = DiskSpecParser.parse(words).toLibxl()

        then:
        json == expected
        json.keySet() as List == expected.keySet() as List

        where:
        words || expected
        ['active-disk=/a,ioemu:trusted,vdev=,colo-export=n '] || [pdev_path: 'trusted', vdev: '', format: 'raw', readwrite: 1, colo_export: 'n ', active_disk: '/a']
        ['raw: /img,qcow2,active-disk=/a, colo-port=7000, script=block-x,'] || [pdev_path: '/img', vdev: 'qcow2', format: 'raw', script: 'block-x', readwrite: 1, colo_port: 7000, active_disk: '/a']
        [',raw,hdc:cdrom, active-disk=/a '] || [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1, active_disk: '/a ']
        ['/dev/vg/a b, raw,hdc:cdrom,w,active-disk=/a,'] || [pdev_path: '/dev/vg/a b', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1, active_disk: '/a']
        ['active-disk=a,qcow:,qcow2,file: ='] || [pdev_path: '', vdev: 'qcow2', format: 'qcow', readwrite: 1, active_disk: 'a']
        ['backendtype=qdisk,ioemu:,w,,colo'] || [pdev_path: '', vdev: 'w', backend: 'qdisk', format: 'raw', readwrite: 1, colo_enable: 'True']
        ['raw: /img ,vhd,colo-export=n, backendtype=phy,specification=virtio,'] || [pdev_path: '/img ', vdev: 'vhd', backend: 'phy', format: 'raw', readwrite: 1, specification: 'virtio', colo_export: 'n']
        ['backendtype=phy,format=raw', 'tap:aio:/img,empty,colo-host=h'] || [pdev_path: '/img', vdev: 'empty', backend: 'phy', format: 'raw', readwrite: 1, colo_host: 'h']
        ['colo-port=7000,backendtype=phy,tap2:qcow: /img, vhd,access='] || [pdev_path: '/img', vdev: 'vhd', backend: 'phy', format: 'qcow', readwrite: 1, colo_port: 7000]
        ['direct-io-safe,backendtype=phy,discard,/img,,  ,r,'] || [pdev_path: '/img', vdev: '', backend: 'phy', format: 'raw', direct_io_safe: true, discard_enable: 'True']
        ['raw:/x,direct-io-safe, ,backendtype=standalone, ', 'script='] || [pdev_path: '/x', vdev: '', backend: 'standalone', format: 'raw', script: '', readwrite: 1, direct_io_safe: true]
        ['backendtype=phy, direct-io-safe,no-discard ,phy:,'] || [pdev_path: 'no-discard ', vdev: '', backend: 'phy', format: 'raw', readwrite: 1, direct_io_safe: true]
        ['backendtype=phy', 'devtype=cdrom,/dev/vg/a b ,qed', 'vdev= '] || [pdev_path: '/dev/vg/a b ', vdev: ' ', backend: 'phy', format: 'qed', removable: 1, is_cdrom: 1]
        ['backendtype=phy,drbd:cdrom,vdev='] || [vdev: '', backend: 'phy', format: 'empty', script: 'block-drbd', removable: 1, is_cdrom: 1]
        ['/img,empty,cdrom ,backendtype=phy,'] || [pdev_path: '/img', vdev: 'cdrom ', backend: 'phy', format: 'empty', readwrite: 1]
        ['backendtype=qdisk,/img ,qed,  ,ro'] || [pdev_path: '/img ', vdev: '', backend: 'qdisk', format: 'qed']
        ['hdc:cdrom\ntapdisk:, empty,drbd:,colo,backend='] || [backend_domname: '', pdev_path: 'hdc:cdrom\ntapdisk:', vdev: '', format: 'empty', script: 'block-drbd', readwrite: 1, colo_enable: 'True']
        ['colo, drbd: /img,backend=,vdev=,'] || [backend_domname: '', pdev_path: '/img', vdev: '', format: 'raw', script: 'block-drbd', readwrite: 1, colo_enable: 'True']
        ['colo,backend=drv,trusted ,qcow2, sda '] || [backend_domname: 'drv', pdev_path: 'trusted ', vdev: 'sda ', format: 'qcow2', readwrite: 1, colo_enable: 'True']
        ['hidden-disk=/h, backend=,trusted, qed,  ,ro,colo-export=n,'] || [backend_domname: '', pdev_path: 'trusted', vdev: '', format: 'qed', colo_export: 'n', hidden_disk: '/h']
        ['raw:', 'vhd,xvdb:disk,cdrom,backend=, colo-export=n '] || [backend_domname: '', pdev_path: 'vhd', vdev: 'xvdb', format: 'raw', removable: 1, is_cdrom: 1, colo_export: 'n ']
        ['qcow2:img,vhd, specification=virtio,backend=,colo-host=h'] || [backend_domname: '', pdev_path: 'img', vdev: 'vhd', format: 'qcow2', readwrite: 1, specification: 'virtio', colo_host: 'h']
        ['vdev=xvdz ,colo-host=h,backend=,tap2:qcow:/dev/vg/a b'] || [backend_domname: '', pdev_path: '/dev/vg/a b', vdev: 'xvdz ', format: 'qcow', readwrite: 1, colo_host: 'h']
        ['colo-port=-5\nuntrusted,rw, vhd:x,backend=\ntrusted'] || [backend_domname: '\ntrusted', pdev_path: 'rw', vdev: 'x', format: 'vhd', readwrite: 1, colo_port: -5]
        ['phy:trusted ,,backend=,direct-io-safe,specification=xen,'] || [backend_domname: '', pdev_path: 'trusted ', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, specification: 'xen']
        ['w,,direct-io-safe,raw:,tap:,backend=drv'] || [backend_domname: 'drv', pdev_path: 'w', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true]
        ['drbd:/img,vhd,backend=drv, discard,'] || [backend_domname: 'drv', pdev_path: '/img', vdev: 'vhd', format: 'raw', script: 'block-drbd', readwrite: 1, discard_enable: 'True']
        ['raw,hidden-disk=h /img,qcow2:,backend=drv\ndevtype='] || [backend_domname: 'drv\ndevtype=', pdev_path: 'raw', vdev: '', format: 'qcow2', readwrite: 1, hidden_disk: 'h /img']
        ['format=raw', '  /img', 'qed,hidden-disk=/h ', 'backend=drv', ''] || [backend_domname: 'drv', pdev_path: '/img', vdev: 'qed', format: 'raw', readwrite: 1, hidden_disk: '/h ']
        ['tap:aio:,vhd,backend= ,cdrom'] || [backend_domname: ' ', pdev_path: '', vdev: 'vhd', format: 'empty', removable: 1, is_cdrom: 1]
        ['cdrom,tap2:qcow: /img,qcow2,  ,backend= '] || [backend_domname: ' ', pdev_path: '/img', vdev: 'qcow2', format: 'qcow', removable: 1, is_cdrom: 1]
        ['access=ro,cdrom,drbd:', 'raw', 'xvdb:disk, backend=,'] || [backend_domname: '', pdev_path: 'raw', vdev: 'xvdb', format: 'raw', script: 'block-drbd']
        ['ioemu:', ' , xvdb:disk,r,backend=drv'] || [backend_domname: 'drv', pdev_path: '', vdev: 'xvdb', format: 'raw']
        ['hidden-disk=/h, discard,tap:aio:img,raw ,no-colo,'] || [pdev_path: 'img', vdev: 'raw ', format: 'raw', readwrite: 1, discard_enable: 'True', colo_enable: 'False', hidden_disk: '/h']
        ['discard', ' no-colo', 'no-discard,/img', 'empty,hdc, '] || [pdev_path: '/img', vdev: 'hdc', format: 'empty', readwrite: 1, discard_enable: 'False', colo_enable: 'False']
        ['tap:aio:img, qed ,colo,hidden-disk=/h'] || [pdev_path: 'img', vdev: 'qed ', format: 'raw', readwrite: 1, colo_enable: 'True', hidden_disk: '/h']
        ['tap:aio:/p, colo,a:b:cdrom'] || [pdev_path: '/p', vdev: 'a:b', format: 'raw', removable: 1, is_cdrom: 1, colo_enable: 'True']
        ['no-colo', ' /img, empty,hdc'] || [pdev_path: '/img', vdev: 'hdc', format: 'empty', readwrite: 1, colo_enable: 'False']
        ['colo,tap2:qcow:img,raw '] || [pdev_path: 'img', vdev: 'raw ', format: 'qcow', readwrite: 1, colo_enable: 'True']
        ['raw:img,qcow2,colo-host=h,colo-export=n,'] || [pdev_path: 'img', vdev: 'qcow2', format: 'raw', readwrite: 1, colo_host: 'h', colo_export: 'n']
        ['tap2:qcow: ,vhd ,direct-io-safe, colo-export=n,'] || [pdev_path: '', vdev: 'vhd ', format: 'qcow', readwrite: 1, direct_io_safe: true, colo_export: 'n']
        ['discard ', 'colo-export=n, hidden-disk=/h', ' tap:aio:img,'] || [pdev_path: 'discard ', vdev: 'img', format: 'raw', readwrite: 1, colo_export: 'n', hidden_disk: '/h']
        ['colo-export=n,raw:/img,,'] || [pdev_path: '/img', vdev: '', format: 'raw', readwrite: 1, colo_export: 'n']
        ['specification=xen, tap2:qcow: /img', 'raw  ,direct-io-safe, colo-host=h,'] || [pdev_path: '/img', vdev: 'raw  ', format: 'qcow', readwrite: 1, direct_io_safe: true, specification: 'xen', colo_host: 'h']
        ['phy: /img, empty,colo-host=h, no-discard,'] || [pdev_path: '/img', vdev: 'empty', format: 'raw', readwrite: 1, discard_enable: 'False', colo_host: 'h']
        ['cdrom,colo-host=h ,nbd:/img, qcow2 '] || [pdev_path: '/img', vdev: 'qcow2 ', format: 'raw', script: 'block-nbd', removable: 1, is_cdrom: 1, colo_host: 'h ']
        ['iscsi: /img', ' vhd,colo-host=h', ''] || [pdev_path: '/img', vdev: 'vhd', format: 'raw', script: 'block-iscsi', readwrite: 1, colo_host: 'h']
        ['colo-host=h ,trusted,qed,xvda '] || [pdev_path: 'trusted', vdev: 'xvda ', format: 'qed', readwrite: 1, colo_host: 'h ']
        ['colo-host=h,vdev=xvdz, /img', 'qed,'] || [pdev_path: '/img', vdev: 'xvdz', format: 'qed', readwrite: 1, colo_host: 'h']
        ['direct-io-safe,format=,raw:trusted ,, colo-port=7000,'] || [pdev_path: 'trusted ', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, colo_port: 7000]
        ['colo-port=7000,no-discard, file:trusted,empty '] || [pdev_path: 'trusted', vdev: 'empty ', format: 'raw', readwrite: 1, discard_enable: 'False', colo_port: 7000]
        ['colo-port=9 ,a:disk', 'specification=virtio,devtype=cdrom, colo-port= 12xraw', 'vhd:x'] || [pdev_path: 'a:disk', vdev: 'x', format: 'vhd', removable: 1, is_cdrom: 1, specification: 'virtio', colo_port: 12]
        ['specification=xen,phy:/dev/vg/a b, qcow2,colo-port=7000'] || [pdev_path: '/dev/vg/a b', vdev: 'qcow2', format: 'raw', readwrite: 1, specification: 'xen', colo_port: 7000]
        ['vhd:x', 'qcow2,colo-port= 12x'] || [pdev_path: 'x', vdev: 'qcow2', format: 'vhd', readwrite: 1, colo_port: 12]
        ['discard,access=,qcow2:/img ,raw ,direct-io-safe,'] || [pdev_path: '/img ', vdev: 'raw ', format: 'qcow2', readwrite: 1, direct_io_safe: true, discard_enable: 'True']
        ['vdev=,raw:/img, no-discard,direct-io-safe'] || [pdev_path: '/img', vdev: '', format: 'raw', readwrite: 1, direct_io_safe: true, discard_enable: 'False']
        ['no-discard', 'devtype=cdrom,/dev/vg/a b, empty', 'hdc ', 'rw,script=block-x'] || [pdev_path: '/dev/vg/a b', vdev: 'hdc ', format: 'empty', script: 'block-x', removable: 1, is_cdrom: 1, discard_enable: 'False']
        ['discard, devtype=cdrom,iscsi:img', 'raw  '] || [pdev_path: 'img', vdev: 'raw  ', format: 'raw', script: 'block-iscsi', removable: 1, is_cdrom: 1, discard_enable: 'True']
        ['/img, qcow2,hdc:cdrom, r,discard,specification=virtio'] || [pdev_path: '/img', vdev: 'hdc', format: 'qcow2', removable: 1, is_cdrom: 1, discard_enable: 'True', specification: 'virtio']
        ['no-discard, drbd:/img', 'empty ', 'specification=virtio'] || [pdev_path: '/img', vdev: 'empty ', format: 'raw', script: 'block-drbd', readwrite: 1, discard_enable: 'False', specification: 'virtio']
        ['Raw:', 'iscsi:,discard'] || [pdev_path: 'Raw:', vdev: '', format: 'raw', script: 'block-iscsi', readwrite: 1, discard_enable: 'True']
        ['trusted', 'qed, ,,discard,'] || [pdev_path: 'trusted', vdev: '', format: 'qed', readwrite: 1, discard_enable: 'True']
        ['discard,raw:/img,qed,'] || [pdev_path: '/img', vdev: 'qed', format: 'raw', readwrite: 1, discard_enable: 'True']
        ['access=,img ,,, ,specification=virtio,devtype=cdrom,'] || [pdev_path: 'img ', vdev: '', format: 'raw', removable: 1, is_cdrom: 1, specification: 'virtio']
        ['vdev=xvdz', 'devtype=cdrom', 'tap2:qcow:/img '] || [pdev_path: '/img ', vdev: 'xvdz', format: 'qcow', removable: 1, is_cdrom: 1]
        ['img,qed,hdc:cdrom,w'] || [pdev_path: 'img', vdev: 'hdc', format: 'qed', removable: 1, is_cdrom: 1]
        ['/img', ' qed', 'hdc:cdrom,r,'] || [pdev_path: '/img', vdev: 'hdc', format: 'qed', removable: 1, is_cdrom: 1]
        ['specification=xen,drbd:,vhd,'] || [pdev_path: '', vdev: 'vhd', format: 'raw', script: 'block-drbd', readwrite: 1, specification: 'xen']
        ['nbd:,qed '] || [pdev_path: '', vdev: 'qed ', format: 'raw', script: 'block-nbd', readwrite: 1]
        ['format=qcow2, drbd:img,qcow2, access=ro,'] || [pdev_path: 'img', vdev: 'qcow2', format: 'qcow2', script: 'block-drbd']
    }

    def "xl 4.17 refuses #words"() {
        when:
        DiskSpecParser.parse(words)

        then:
        def e = thrown(DiskSpecException)
        e.xlMessage('command line') == stderr
        e.exitCode() == exitCode

        where:
        words || exitCode | stderr
        ['active-disk=/a , /img,vdev= ,active-disk=/a,'] || 1 | 'command line: config parsing error in disk specification: active-disk respecified: near `/a\' in `active-disk=/a , /img,vdev= ,active-disk=/a,\''
        [' /img ,vhd, xvdb:disk,,active-disk=/a,colo-port=7000,active-disk=/a, target=/x,y'] || 1 | 'command line: config parsing error in disk specification: active-disk respecified: near `/a\' in ` /img ,vhd, xvdb:disk,,active-disk=/a,colo-port=7000,active-disk=/a, target=/x,y\'\ncommand line: config parsing error in disk specification: target respecified: near `/x,y\' in ` /img ,vhd, xvdb:disk,,active-disk=/a,colo-port=7000,active-disk=/a, target=/x,y\''
        ['backend=drv,tap2:,backend=drvraw:'] || 1 | 'command line: config parsing error in disk specification: backend respecified: near `drvraw:\' in `backend=drv,tap2:,backend=drvraw:\''
        ['backend= ,qcow2: ,', 'xvda ,backend='] || 1 | 'command line: config parsing error in disk specification: backend respecified: near `\' in `xvda ,backend=\''
        ['backend= hidden-disk=h,backend=\nfoo=bar,bogus,,a\nb'] || 1 | 'command line: config parsing error in disk specification: backend respecified: near `\nfoo=bar\' in `backend= hidden-disk=h,backend=\nfoo=bar,bogus,,a\nb\''
        ['backendtype=qdisk,backendtype=phy,backendtype=phy ,/img ,raw ', ''] || 1 | 'command line: config parsing error in disk specification: backend respecified: near `phy\' in `backendtype=qdisk,backendtype=phy,backendtype=phy ,/img ,raw \'\ncommand line: config parsing error in disk specification: unknown value for backendtype: near `phy \' in `backendtype=qdisk,backendtype=phy,backendtype=phy ,/img ,raw \''
        ['=x'] || 1 | 'command line: config parsing error in disk specification: bad disk syntax: near `=x\' in `=x\''
        ['', '=,foo=b'] || 1 | 'command line: config parsing error in disk specification: bad disk syntax: near `=,foo=b\' in `=,foo=b\''
        ['x=,,=xa\nb'] || 1 | 'command line: config parsing error in disk specification: bad disk syntax: near `=,,=xa\' in `x=,,=xa\nb\''
        ['', 'cdromx\n:foo=bar', ''] || 1 | 'command line: config parsing error in disk specification: bad disk syntax: near `=bar\' in `cdromx\n:foo=bar\''
        ['/img ,qcow2, cdrom, colo-export=n,colo-export=n'] || 1 | 'command line: config parsing error in disk specification: colo-export respecified: near `n\' in `/img ,qcow2, cdrom, colo-export=n,colo-export=n\''
        ['bogus,,r rw,colo-export=e', '', 'colo-export=e,rx,rw'] || 1 | 'command line: config parsing error in disk specification: colo-export respecified: near `e\' in `colo-export=e,rx,rw\''
        ['colo-export=n, colo,drbd: /img,colo-export=n, target=/x,y,'] || 1 | 'command line: config parsing error in disk specification: colo-export respecified: near `n\' in `colo-export=n, colo,drbd: /img,colo-export=n, target=/x,y,\'\ncommand line: config parsing error in disk specification: target respecified: near `/x,y\' in `colo-export=n, colo,drbd: /img,colo-export=n, target=/x,y,\''
        ['colo-host=h,colo-host=h,raw:/img'] || 1 | 'command line: config parsing error in disk specification: colo-host respecified: near `h\' in `colo-host=h,colo-host=h,raw:/img\''
        ['iscsi:/img,raw , , ', 'colo-host=h, colo-host=h,access=', ''] || 1 | 'command line: config parsing error in disk specification: colo-host respecified: near `h\' in `colo-host=h, colo-host=h,access=\''
        ['format=,colo-host=h, colo-host=h,qcow2:/dev/vg/a b,raw ,sda , r '] || 1 | 'command line: config parsing error in disk specification: colo-host respecified: near `h\' in `format=,colo-host=h, colo-host=h,qcow2:/dev/vg/a b,raw ,sda , r \'\ncommand line: config parsing error in disk specification: format respecified: near `qcow2\' in `format=,colo-host=h, colo-host=h,qcow2:/dev/vg/a b,raw ,sda , r \''
        ['qcow2:, raw:'] || 1 | 'command line: config parsing error in disk specification: format respecified: near `raw\' in `qcow2:, raw:\''
        ['', 'rw,,vhd:x'] || 1 | 'command line: config parsing error in disk specification: format respecified: near `vhd\' in `rw,,vhd:x\''
        ['qcow2:format=, aio:Foo=1'] || 1 | 'command line: config parsing error in disk specification: format respecified: near `\' in `qcow2:format=, aio:Foo=1\'\ncommand line: config parsing error in disk specification: bad disk syntax: near `=1\' in `qcow2:format=, aio:Foo=1\''
        ['', 'qcow2:,format=, backendtype=xvhd:'] || 1 | 'command line: config parsing error in disk specification: format respecified: near `\' in `qcow2:,format=, backendtype=xvhd:\'\ncommand line: config parsing error in disk specification: unknown value for backendtype: near `xvhd:\' in `qcow2:,format=, backendtype=xvhd:\''
        ['hidden-disk=/h, hidden-disk=/h,raw:img'] || 1 | 'command line: config parsing error in disk specification: hidden-disk respecified: near `/h\' in `hidden-disk=/h, hidden-disk=/h,raw:img\''
        ['nbd:,,hidden-disk=h', 'hidden-disk=h,rx,vhd:,raw, ', ''] || 1 | 'command line: config parsing error in disk specification: hidden-disk respecified: near `h\' in `hidden-disk=h,rx,vhd:,raw, \''
        ['vdev='] || 1 | 'command line: config parsing error in disk specification: no target specified (and device not removable) in `vdev=\''
        ['vdev=', ''] || 1 | 'command line: config parsing error in disk specification: no target specified (and device not removable) in `\''
        ['\t\nvdev='] || 1 | 'command line: config parsing error in disk specification: no target specified (and device not removable) in `\t\nvdev=\''
        ['', 'vdev=xvdb\ndiscard\nempty'] || 1 | 'command line: config parsing error in disk specification: no target specified (and device not removable) in `vdev=xvdb\ndiscard\nempty\''
        [''] || 1 | 'command line: config parsing error in disk specification: no vdev specified in `\''
        ['', ''] || 1 | 'command line: config parsing error in disk specification: no vdev specified in `\''
        ['\n'] || 1 | 'command line: config parsing error in disk specification: no vdev specified in `\n\''
        ['', '\n'] || 1 | 'command line: config parsing error in disk specification: no vdev specified in `\n\''
        ['drbd:,,iscsi:'] || 1 | 'command line: config parsing error in disk specification: script respecified: near `block-iscsi\' in `drbd:,,iscsi:\''
        ['hidden-disk=h,iscsi:iqn:1', 'nbd:'] || 1 | 'command line: config parsing error in disk specification: script respecified: near `block-nbd\' in `nbd:\''
        ['iscsi:script=,zzz:'] || 1 | 'command line: config parsing error in disk specification: script respecified: near `\' in `iscsi:script=,zzz:\'\ncommand line: config parsing error in disk specification: unknown deprecated disk prefix: near `zzz:\' in `iscsi:script=,zzz:\''
        ['nbd:', 'format=,script=\nformat=raw'] || 1 | 'command line: config parsing error in disk specification: script respecified: near `\nformat=raw\' in `format=,script=\nformat=raw\''
        ['specification=virtio,phy:img,cdrom,specification=xen'] || 1 | 'command line: config parsing error in disk specification: specification respecified: near `xen\' in `specification=virtio,phy:img,cdrom,specification=xen\''
        ['tap:aio:/img ,specification=xen, specification=virtio', 'no-colo'] || 1 | 'command line: config parsing error in disk specification: specification respecified: near `virtio\' in `tap:aio:/img ,specification=xen, specification=virtio\''
        ['specification=xen,ioemu:trusted,qcow2,specification=virtio, vdev=xvdz'] || 1 | 'command line: config parsing error in disk specification: specification respecified: near `virtio\' in `specification=xen,ioemu:trusted,qcow2,specification=virtio, vdev=xvdz\'\ncommand line: config parsing error in disk specification: vdev respecified: near `xvdz\' in `specification=xen,ioemu:trusted,qcow2,specification=virtio, vdev=xvdz\''
        [':,target='] || 1 | 'command line: config parsing error in disk specification: target respecified: near `\' in `:,target=\''
        [' /img', 'target='] || 1 | 'command line: config parsing error in disk specification: target respecified: near `\' in `target=\''
        ['empty,target=/a,a\nb'] || 1 | 'command line: config parsing error in disk specification: target respecified: near `/a,a\' in `empty,target=/a,a\nb\''
        ['', '', 'vdev=a:cdrom,cdromx,,target=/a =\n\nr'] || 1 | 'command line: config parsing error in disk specification: target respecified: near `/a =\' in `vdev=a:cdrom,cdromx,,target=/a =\n\nr\''
        ['nbd:,vhd,,rw'] || 1 | 'command line: config parsing error in disk specification: too many positional parameters: near `rw\' in `nbd:,vhd,,rw\''
        ['phy:img,qcow2', ',rw', ''] || 1 | 'command line: config parsing error in disk specification: too many positional parameters: near `rw\' in `,rw\''
        ['  ,qcow2:,,a\nb'] || 1 | 'command line: config parsing error in disk specification: too many positional parameters: near `a\nb\' in `  ,qcow2:,,a\nb\''
        ['iscsi:iqn:1', 'vhd:,,  ,\n'] || 1 | 'command line: config parsing error in disk specification: too many positional parameters: near `\' in `vhd:,,  ,\n\''
        ['a:'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated disk prefix: near `a:\' in `a:\''
        ['', 'a:', ''] || 1 | 'command line: config parsing error in disk specification: unknown deprecated disk prefix: near `a:\' in `a:\''
        ['tap2:\nw'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated disk prefix: near `tap2:\' in `tap2:\nw\''
        ['', 'qcow2:\na=\n'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated disk prefix: near `qcow2:\' in `qcow2:\na=\n\''
        [',w tapdisk:'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated type: near `\' in `,w tapdisk:\''
        ['vhd:x,Raw:', 'zzz:', ''] || 1 | 'command line: config parsing error in disk specification: unknown deprecated type: near `\' in `vhd:x,Raw:\''
        ['\n,no-colo,:'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated type: near `\' in `\n,no-colo,:\''
        ['\n tapdisk:,tapdisk:\n\n', 'discard'] || 1 | 'command line: config parsing error in disk specification: unknown deprecated type: near `\n\n\' in `\n tapdisk:,tapdisk:\n\n\''
        ['foo=b'] || 1 | 'command line: config parsing error in disk specification: unknown parameter: near `foo=b\' in `foo=b\''
        ['', '', 'x-1=2'] || 1 | 'command line: config parsing error in disk specification: unknown parameter: near `x-1=2\' in `x-1=2\''
        ['a=\n'] || 1 | 'command line: config parsing error in disk specification: unknown parameter: near `a=\n\' in `a=\n\''
        ['', 'a=\n'] || 1 | 'command line: config parsing error in disk specification: unknown parameter: near `a=\n\' in `a=\n\''
        ['access=q'] || 1 | 'command line: config parsing error in disk specification: unknown value for access: near `q\' in `access=q\''
        ['access=q', ''] || 1 | 'command line: config parsing error in disk specification: unknown value for access: near `q\' in `access=q\''
        ['access=r\n'] || 1 | 'command line: config parsing error in disk specification: unknown value for access: near `r\n\' in `access=r\n\''
        ['access=r\nqcow2:', ''] || 1 | 'command line: config parsing error in disk specification: unknown value for access: near `r\nqcow2:\' in `access=r\nqcow2:\''
        ['backendtype=x'] || 1 | 'command line: config parsing error in disk specification: unknown value for backendtype: near `x\' in `backendtype=x\''
        ['backendtype=x', 'zz9:'] || 1 | 'command line: config parsing error in disk specification: unknown value for backendtype: near `x\' in `backendtype=x\''
        ['backendtype=x\nr'] || 1 | 'command line: config parsing error in disk specification: unknown value for backendtype: near `x\nr\' in `backendtype=x\nr\''
        ['backendtype=tap\nr\nscript=', '  '] || 1 | 'command line: config parsing error in disk specification: unknown value for backendtype: near `tap\nr\nscript=\' in `backendtype=tap\nr\nscript=\''
        ['colo-port=0'] || 1 | 'command line: config parsing error in disk specification: unknown value for colo_port: near `0\' in `colo-port=0\''
        ['', 'colo-port=0'] || 1 | 'command line: config parsing error in disk specification: unknown value for colo_port: near `0\' in `colo-port=0\''
        ['colo-port=0,\n,/img'] || 1 | 'command line: config parsing error in disk specification: unknown value for colo_port: near `0\' in `colo-port=0,\n,/img\''
        ['colo-port=0,backendtype=x', '\t'] || 1 | 'command line: config parsing error in disk specification: unknown value for colo_port: near `0\' in `colo-port=0,backendtype=x\'\ncommand line: config parsing error in disk specification: unknown value for backendtype: near `x\' in `colo-port=0,backendtype=x\''
        [',qed '] || 1 | 'command line: config parsing error in disk specification: unknown value for format: near `qed \' in `,qed \''
        ['qed', 'w'] || 1 | 'command line: config parsing error in disk specification: unknown value for format: near `w\' in `w\''
        ['r,Foo=1'] || 1 | 'command line: config parsing error in disk specification: unknown value for format: near `Foo\' in `r,Foo=1\'\ncommand line: config parsing error in disk specification: bad disk syntax: near `=1\' in `r,Foo=1\''
        ['rx', 'a\nb', ''] || 1 | 'command line: config parsing error in disk specification: unknown value for format: near `a\nb\' in `a\nb\''
        ['specification=foo'] || 1 | 'command line: config parsing error in disk specification: unknown value for specification: near `foo\' in `specification=foo\''
        ['rx', '', 'specification=foo'] || 1 | 'command line: config parsing error in disk specification: unknown value for specification: near `foo\' in `specification=foo\''
        ['specification=foo,x-1=2'] || 1 | 'command line: config parsing error in disk specification: unknown value for specification: near `foo\' in `specification=foo,x-1=2\'\ncommand line: config parsing error in disk specification: unknown parameter: near `x-1=2\' in `specification=foo,x-1=2\''
        ['', 'no-discard,specification=foo\nraccess=r'] || 1 | 'command line: config parsing error in disk specification: unknown value for specification: near `foo\nraccess=r\' in `no-discard,specification=foo\nraccess=r\''
        ['devtype='] || 1 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=\' in `devtype=\''
        ['', '', 'devtype='] || 1 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=\' in `devtype=\''
        ['w,devtype=\n'] || 1 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=\n\' in `w,devtype=\n\''
        ['devtype=\nqcow2, colo', ''] || 1 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=\nqcow2,\' in `devtype=\nqcow2, colo\''
        ['ioemu:,raw ,vdev='] || 1 | 'command line: config parsing error in disk specification: vdev respecified: near `\' in `ioemu:,raw ,vdev=\''
        ['phy:,qcow,\t', 'vdev=xvdb'] || 1 | 'command line: config parsing error in disk specification: vdev respecified: near `xvdb\' in `vdev=xvdb\''
        ['iscsi:,vhd,vdev=xvdz,vdev=,'] || 1 | 'command line: config parsing error in disk specification: vdev respecified: near `xvdz\' in `iscsi:,vhd,vdev=xvdz,vdev=,\'\ncommand line: config parsing error in disk specification: vdev respecified: near `\' in `iscsi:,vhd,vdev=xvdz,vdev=,\''
        [' /img', 'qed', 'xvdb:disk', ' w, vdev=xvdz ,target=/last', ''] || 1 | 'command line: config parsing error in disk specification: vdev respecified: near `xvdz \' in ` w, vdev=xvdz ,target=/last\'\ncommand line: config parsing error in disk specification: target respecified: near `/last\' in ` w, vdev=xvdz ,target=/last\''
        ['=\n'] || 2 | 'flex scanner jammed'
        ['=\n', 'vhd:'] || 2 | 'flex scanner jammed'
        ['qcow2:,raw:,=\n', 'a=\n\nformat=,raw,backendtype=phy active-disk=a'] || 2 | 'command line: config parsing error in disk specification: format respecified: near `raw\' in `qcow2:,raw:,=\n\'\nflex scanner jammed'
        ['', 'script=foo,  ,nbd:, =\n\ncolo-port=-5', 'vdev=a:cdrom\nbackendtype=x,devtype=disk,target='] || 2 | 'command line: config parsing error in disk specification: script respecified: near `block-nbd\' in `script=foo,  ,nbd:, =\n\ncolo-port=-5\'\nflex scanner jammed'
        ['no-colo,  ,a:disk\na=\n,/p:q'] || 2 | 'command line: config parsing error in disk specification: unknown deprecated type: near `disk\na\' in `no-colo,  ,a:disk\na=\n,/p:q\'\nflex scanner jammed'
        ['/img,qcow2', '=', 'a\nb\nraw:,:,,=\n'] || 2 | 'command line: config parsing error in disk specification: unknown deprecated type: near `\' in `a\nb\nraw:,:,,=\n\'\nflex scanner jammed'
        ['a=\n, :=\n'] || 2 | 'command line: config parsing error in disk specification: unknown parameter: near `a=\n,\' in `a=\n, :=\n\'\nflex scanner jammed'
        ['vhd:x,access=,x= =\n', ',rw, drbd:,access=r'] || 2 | 'command line: config parsing error in disk specification: unknown parameter: near `x= \' in `vhd:x,access=,x= =\n\'\nflex scanner jammed'
        ['colo-port=-5,aio:,ioemu:,x:floppy, a:a=\n'] || 2 | 'command line: config parsing error in disk specification: unknown value for access: near `x:floppy\' in `colo-port=-5,aio:,ioemu:,x:floppy, a:a=\n\'\nflex scanner jammed'
        ['tap:aio:/p,drbd:,colo a=\n', ''] || 2 | 'command line: config parsing error in disk specification: unknown value for access: near `colo a\' in `tap:aio:/p,drbd:,colo a=\n\'\nflex scanner jammed'
        ['backendtype=x,=\n\nqed'] || 2 | 'command line: config parsing error in disk specification: unknown value for backendtype: near `x\' in `backendtype=x,=\n\nqed\'\nflex scanner jammed'
        ['colo-port=0 drbd:,=\n,\n,backendtype=phy ro', 'grant_usage=1', 'raw:/x, /p:q'] || 2 | 'command line: config parsing error in disk specification: unknown value for colo_port: near `0 drbd:\' in `colo-port=0 drbd:,=\n,\n,backendtype=phy ro\'\nflex scanner jammed'
        ['/p:q,rx,,discard\na=\n'] || 2 | 'command line: config parsing error in disk specification: unknown value for format: near `rx\' in `/p:q,rx,,discard\na=\n\'\nflex scanner jammed'
        ['target=', '', 'bogus\na=\n,r,xvda'] || 2 | 'command line: config parsing error in disk specification: unknown value for format: near `bogus\na\' in `bogus\na=\n,r,xvda\'\nflex scanner jammed'
        ['specification=foo,r,rx,=\nw'] || 2 | 'command line: config parsing error in disk specification: unknown value for specification: near `foo\' in `specification=foo,r,rx,=\nw\'\nflex scanner jammed'
        ['devtype=,raw:/x\n  backend=\nno-discard'] || 2 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=,\' in `devtype=,raw:/x\n  backend=\nno-discard\'\nflex scanner jammed'
        ['devtype=cdromfile:, ro,,=\n,tap:aio:/p,a=\n', 'zz9:specification=virtio\nzz9:', 'backend=,backend=drv,backend=,,:,colo-port=0'] || 2 | 'command line: config parsing error in disk specification: unknown value for type: near `devtype=cdromfile:,\' in `devtype=cdromfile:, ro,,=\n,tap:aio:/p,a=\n\'\nflex scanner jammed'
    }
}
