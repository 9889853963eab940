package xsh.hv.xen.config

import spock.lang.Specification

import static xsh.hv.xen.config.LibxlRoundTrip.*

class XlConfigFromLibxlRoundTripSpec extends Specification {

    static final String PV = LibxlRoundTrip.seed('tutorial-debian-pv.cfg')
    static final String HVM = LibxlRoundTrip.seed('tutorial-freebsd-hvm.cfg')
    static final String MINIMAL = 'name="g"\nkernel="/boot/vmlinuz"\n'

    def "#name: cfg -> JSON -> xl.cfg -> JSON gives the same JSON"() {
        given:
        def json = jsonText(typed(cfg))

        when:
        def back = XlConfigFromLibxl.of(slurp(json), '<live:g>')

        then: 'the xl.cfg written is in the failure report, as backText'
        def backText = text(back)
        jsonText(typed(back)) == json || backText == 'the JSON differs'

        and: 'every key written is one xl reads for the guest type'
        read(back).ignoredKeys() == []

        where:
        name                                        | cfg
        'handbook-freebsd.cfg'                      | seed('handbook-freebsd.cfg')
        'handbook-older-freebsd.cfg'                | seed('handbook-older-freebsd.cfg')
        'netbsd-domu-foo.cfg'                       | seed('netbsd-domu-foo.cfg')
        'netbsd-install-cdrom-disks.cfg'            | PV + seed('netbsd-install-cdrom-disks.cfg')
        'netbsd-install-kernel.cfg'                 | PV + seed('netbsd-install-kernel.cfg')
        'netbsd-linux-console.cfg'                  | PV + seed('netbsd-linux-console.cfg')
        'netbsd-linux-root.cfg'                     | PV + seed('netbsd-linux-root.cfg') + seed('netbsd-linux-console.cfg')
        'netbsd-nat-vif.cfg'                        | PV + seed('netbsd-nat-vif.cfg')
        'netbsd-pci.cfg'                            | PV + seed('netbsd-pci.cfg')
        'netbsd-single-disk.cfg'                    | PV + seed('netbsd-single-disk.cfg')
        'tutorial-debian-pv.cfg'                    | PV
        'tutorial-debian-pv-pygrub.cfg'             | 'name="debian"\nmemory=1024\n' + seed('tutorial-debian-pv-pygrub.cfg')
        'tutorial-debian-clone-disk.cfg'            | PV + seed('tutorial-debian-clone-disk.cfg')
        'tutorial-freebsd-hvm.cfg'                  | HVM
        'tutorial-freebsd-pvh.cfg'                  | seed('tutorial-freebsd-pvh.cfg')
        'tutorial-on-crash-preserve.cfg'            | PV + seed('tutorial-on-crash-preserve.cfg')
        'tutorial-on-watchdog-restart.cfg'          | PV + seed('tutorial-on-watchdog-restart.cfg')
        'tutorial-on-watchdog-coredump-restart.cfg' | PV + seed('tutorial-on-watchdog-coredump-restart.cfg')
        'tutorial-pool-assignment.cfg'              | PV + seed('tutorial-pool-assignment.cfg')
        'tutorial-pvshim.cfg'                       | seed('tutorial-freebsd-pvh.cfg') + seed('tutorial-pvshim.cfg')
        'Appendix A PV'                             | 'name="test"\ntype="pv"\nkernel="/boot/vmlinuz"\nmemory=512\nvcpus=2\ndisk=["/dev/vg/test,raw,xvda,rw"]\nvif=["bridge=xenbr0"]\n'
        'Appendix A HVM'                            | 'name="win"\ntype="hvm"\npool="Pool-0"\nmemory=1024\nvcpus=2\ncpus="0-1"\ncpu_weight=512\ncap=50\nvnc=1\nvnclisten="0.0.0.0"\nserial="pty"\nboot="dc"\nusbdevice=["tablet"]\ndisk=[",,hdc,cdrom"]\non_crash="preserve"\n'
        'minimal PV'                                | MINIMAL
        'memory without maxmem'                     | MINIMAL + 'memory=512\n'
        'maxmem without memory'                     | MINIMAL + 'maxmem=1024\n'
        'memory below maxmem'                       | MINIMAL + 'memory=512\nmaxmem=1024\n'
        'maxvcpus alone'                            | MINIMAL + 'maxvcpus=4\n'
        'vcpus below maxvcpus'                      | MINIMAL + 'vcpus=2\nmaxvcpus=4\n'
        'vcpus=0'                                   | MINIMAL + 'vcpus=0\n'
        'cpus string'                               | MINIMAL + 'vcpus=2\ncpus="0-3,^1"\n'
        'cpus all'                                  | MINIMAL + 'vcpus=2\ncpus="all,^0"\n'
        'cpus node'                                 | MINIMAL + 'vcpus=1\ncpus="node:0"\n'
        'cpus per vCPU'                             | MINIMAL + 'vcpus=2\ncpus=["2", "3"]\n'
        'cpus per vCPU, same CPUs'                  | MINIMAL + 'vcpus=2\ncpus=["2", "2"]\n'
        'cpus list shorter than vCPUs'              | MINIMAL + 'vcpus=2\ncpus=["2"]\n'
        'cpus_soft'                                 | MINIMAL + 'vcpus=2\ncpus_soft="1"\n'
        'cpus_soft and a per-vCPU cpus'             | MINIMAL + 'vcpus=2\ncpus=["1","1"]\ncpus_soft="1-2"\n'
        'scheduler parameters'                      | MINIMAL + 'cpu_weight=512\ncap=0\nperiod=10000\nslice=5000\nlatency=100\nextratime=1\n'
        'uuid'                                      | MINIMAL + 'uuid="6BA7B810-9DAD-11D1-80B4-00C04FD430C8"\n'
        'seclabel'                                  | MINIMAL + 'seclabel="system_u:system_r:domU_t"\n'
        'seclabel and init_seclabel'                | MINIMAL + 'seclabel="s"\ninit_seclabel="i"\n'
        'grant limits'                              | MINIMAL + 'max_grant_frames=64\nmax_maptrack_frames=1024\nmax_grant_version=1\n'
        'misc numbers'                              | MINIMAL + 'max_event_channels=2047\nshadow_memory=8\nvideoram=16\nrtc_timeoffset=3600\n'
        'negative rtc_timeoffset'                   | MINIMAL + 'rtc_timeoffset="-3600"\n'
        'flags on'                                  | MINIMAL + 'hap=1\noos=1\nlocaltime=1\nnomigrate=1\ndriver_domain=1\nacpi=1\nnestedhvm=1\ndm_restrict=1\nxend_suspend_evtchn_compat=1\nmsr_relaxed=1\nvpmu=1\ne820_host=1\n'
        'flags off (but msr_relaxed)'               | MINIMAL + 'hap=0\noos=0\nlocaltime=0\nnomigrate=0\ndriver_domain=0\nacpi=0\nnestedhvm=0\ndm_restrict=0\nxend_suspend_evtchn_compat=0\nvpmu=0\ne820_host=0\n'
        'device model'                              | MINIMAL + 'device_model_version="qemu-xen-traditional"\ndevice_model_override="/usr/bin/qemu"\ndevice_model_stubdomain_override=1\n'
        'boot strings'                              | MINIMAL + 'ramdisk="/boot/initrd"\ncmdline="root=/dev/xvda1 ro console=hvc0"\ndevice_tree="/dt"\n'
        'root and extra'                            | MINIMAL + 'root="/dev/xvda1"\nextra="quiet"\n'
        'bootloader and arguments'                  | 'name="g"\nbootloader="pygrub"\nbootloader_args=["-q", "--entry=1"]\n'
        'pvgrub firmware'                           | 'name="g"\nfirmware="pvgrub64"\n'
        'strings needing escapes'                   | 'name="g \\"quoted\\" \\\\ back"\nkernel="/boot/a\'b"\ncmdline="line1\\nline2\\ttab"\n'
        'UTF-8 strings'                             | 'name="gäst"\nkernel="/boot/vmlinuz-ü"\n'
        'lifecycle actions'                         | MINIMAL + 'on_poweroff="rename-restart"\non_reboot="destroy"\non_watchdog="coredump-destroy"\non_crash="coredump-restart"\non_soft_reset="destroy"\n'
        'lifecycle restart and preserve'            | MINIMAL + 'on_poweroff="restart"\non_reboot="preserve"\non_soft_reset="soft-reset"\n'
        'PV vnc from top-level keys'                | MINIMAL + 'vnc=1\nvnclisten="0.0.0.0"\nvncdisplay=1\nkeymap="de"\n'
        'vfb entries'                               | MINIMAL + "vfb=['vnc=1,vnclisten=0.0.0.0,vncpasswd=pw,vncunused=0,sdl=0', 'sdl=1,opengl=1,display=:0,xauthority=/root/.Xauthority', '']\n"
        'PVH shim'                                  | 'type="pvh"\npvshim=1\npvshim_path="/shim"\npvshim_cmdline="c"\npvshim_extra="loglvl=all"\n' + MINIMAL
        'PVH without shim'                          | 'type="pvh"\npvshim=0\n' + MINIMAL
        'HVM platform keys'                         | 'name="g"\ntype="hvm"\nfirmware="ovmf"\npae=0\nacpi_s3=1\nacpi_s4=0\nacpi_laptop_slate=1\nnx=1\nhpet=0\nvpt_align=1\napic=0\nviridian=["defaults","!hcall_ipi","freq"]\nvga="stdvga"\nkeymap="en-us"\nusb=1\nusbversion=2\nsoundhw="hda"\nserial=["pty","vc"]\nxen_platform_pci=0\nvkb_device=0\nnographic=1\n'
        'HVM viridian all'                          | 'name="g"\ntype="hvm"\nviridian=["all"]\n'
        'HVM viridian all but one'                  | 'name="g"\ntype="hvm"\nviridian=["all", "!stimer"]\n'
        'HVM viridian flag'                         | 'name="g"\ntype="hvm"\nviridian=1\n'
        'HVM viridian off'                          | 'name="g"\ntype="hvm"\nviridian=0\n'
        'HVM firmware path and bios override'       | 'name="g"\ntype="hvm"\nfirmware="/usr/lib/xen/boot/hvmloader.custom"\nbios="seabios"\nbios_path_override="/bios.bin"\n'
        'HVM firmware_override'                     | 'name="g"\ntype="hvm"\nfirmware_override="/fw"\nbios="rombios"\n'
        'HVM vnc and sdl'                           | 'name="g"\ntype="hvm"\nvnc=0\nvncdisplay=3\nvncunused=0\nvncpasswd=""\nsdl=1\nopengl=0\ndisplay=":1"\nxauthority="/x"\nvga="none"\n'
        'HVM stdvga=1'                              | 'name="g"\ntype="hvm"\nstdvga=1\n'
        'HVM single serial and usbdevice'           | 'name="g"\ntype="hvm"\nserial="pty"\nusbdevice="tablet"\nboot="cd"\nusb=0\nusbversion=3\n'
        'HVM kernel and cmdline'                    | 'name="g"\ntype="hvm"\nkernel="/boot/vmlinuz"\ncmdline="console=ttyS0"\n'
        'disk specs'                                | MINIMAL + "disk=['/img,qcow2,xvda,ro', 'format=raw,vdev=xvdb,target=/a,b,c', 'tap:aio:/img2,xvdc,w', 'vdev=hdc,devtype=cdrom', ',,hdd,cdrom', 'img,,xvde', 'direct-io-safe,vdev=xvdf,target=/img3', 'backend=drv,/img4,raw,xvdg,rw', 'discard,backendtype=phy,script=block-iscsi,/img5,vhd,xvdh', 'no-discard,specification=xen,/img6,qed,xvdi', 'iscsi:iqn.2001-04.com.example:disk,xvdj,w', '/dev/vg/x,,xvdk,w,colo,colo-host=h,colo-port=7000,colo-export=e,active-disk=/a,hidden-disk=/h', 'no-colo,/img7,,xvdl', '/root/image.iso,,hdc,cdrom']\n"
        'disk target with blanks and quotes'        | MINIMAL + "disk=['vdev=xvda,target= /my disk\\'s \"img\"']\n"
        'vif specs'                                 | MINIMAL + "vif=['mac=00:16:3e:01:02:03,bridge=br0,model=e1000,type=ioemu,script=vif-nat,ip=10.0.0.2,vifname=web0,rate=10Mb/s,mtu=9000,gatewaydev=eth0,backend=drv', 'rate=1MB/s@20ms,untrusted', 'devid=5,trusted,type=vif', 'rate=3B/s@7us', 'forwarddev=eth1,colo_sock_mirror_id=m,colo_checkpoint_port=9']\n"
        'vif devids out of order'                   | MINIMAL + "vif=['devid=1,bridge=a', 'devid=0,bridge=b']\n"
    }
}
