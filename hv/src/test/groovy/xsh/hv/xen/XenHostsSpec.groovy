package xsh.hv.xen

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.HostSpec
import xsh.hv.HvException

/** The xen backend's hosts: the one Dom0, whatever a command calls it, named as xl info names it, never made. */
class XenHostsSpec extends Specification {

    @TempDir
    Path dir

    XenHosts hosts

    def setup() {
        Path bin = Files.createDirectories(dir.resolve('bin'))
        Path info = Path.of(getClass().getResource('/xl-output/info-n.txt').toURI())
        Files.writeString(bin.resolve('xl'), "#!/bin/sh\n[ \"\$*\" = 'info -n' ] && cat '$info'\n")
        bin.resolve('xl').toFile().setExecutable(true)
        Path ssh = dir.resolve('ssh')
        Files.writeString(ssh, "#!/bin/sh\nfor last in \"\$@\"; do :; done\nPATH='$bin':\$PATH exec sh -c \"\$last\"\n")
        ssh.toFile().setExecutable(true)
        hosts = XenHosts.overSsh([ssh.toString(), 'root@dom0'], 0)
    }

    def "its one name is the Dom0's host name, and any name opens it"() {
        expect:
        hosts.names() == ['numa']
        hosts.open('anything').hostName() == 'numa'
    }

    def "a Dom0 is not made by xsh"() {
        when:
        hosts.create('lab', HostSpec.DEFAULT)

        then:
        HvException e = thrown()
        e.message.startsWith('a real Dom0 is not made by xsh')
    }
}
