package xsh.hv.sim

import java.nio.file.Files
import java.util.OptionalInt
import xsh.hv.HvError
import xsh.hv.HvException

class DomainCreateSpec extends SimHostFixture {

    def "a created domain runs with the config's memory and vcpus; -p leaves it paused"() {
        when:
        def web = create('web', 'vcpus = 2\nmaxvcpus = 4')
        def db = host.create(guest('db'), true)

        then:
        web.domid() == 1
        web.name() == 'web'
        web.currentKib() == 512 * 1024
        web.targetKib() == 512 * 1024
        web.maxKib() == 512 * 1024
        web.onlineVcpus() == 2
        web.maxVcpus() == 4
        web.state().flags() in ['r-----', '-b----']
        web.pool() == 'Pool-0'
        web.type().xlName() == 'pv'

        db.domid() == 2
        db.state().flags() == '--p---'
        db.state().pauseCount() == 1
        host.domains()*.name() == ['Domain-0', 'web', 'db']
    }

    def "the uuid comes from the config, or is made up"() {
        when:
        def fixed = create('fixed', 'uuid = "5f8c7e2a-0d3b-4c56-9a1e-2b3c4d5e6f70"')
        def random1 = create('r1')
        def random2 = create('r2')

        then:
        fixed.uuid().toString() == '5f8c7e2a-0d3b-4c56-9a1e-2b3c4d5e6f70'
        random1.uuid() != random2.uuid()
    }

    def "names are unique: libxl's message, and nothing changes"() {
        given:
        create('web')
        def before = host.domains()

        when:
        create('web')

        then:
        def e = thrown(HvException)
        e.error() == HvError.FAIL
        e.message == 'Domain with name "web" already exists.'
        host.domains() == before

        and: 'the failed create took no domid'
        create('other').domid() == 2
    }

    def "a create that does not fit in free memory fails with libxc's message and changes nothing"() {
        given: 'a 32 GiB host: 32512 MiB for domains, 8192 for Domain-0'
        def free = host.hostInfo().freeMemoryMib()
        create('a', '', 20000)

        expect:
        free == 32768 - 256 - 8192
        host.hostInfo().freeMemoryMib() == free - 20000

        when:
        create('b', '', 5000)

        then:
        def e = thrown(HvException)
        e.error() == HvError.FAIL
        e.message == "xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory"
        host.domains()*.name() == ['Domain-0', 'a']
        host.hostInfo().freeMemoryMib() == free - 20000

        when: 'exactly what is left fits'
        def c = create('c', '', (int) (free - 20000))

        then:
        c.currentKib() == (free - 20000) * 1024
        host.hostInfo().freeMemoryMib() == 0
    }

    def "a missing disk target fails the create naming the path, as libxl does"() {
        given:
        def image = Files.writeString(home.resolve('disk.img'), '')

        when:
        create('g', "disk = [ '$image,raw,xvda,w', '${home}/missing.img,raw,xvdb,w' ]")

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == "Disk vdev=xvdb failed to stat: ${home}/missing.img: No such file or directory"
        host.domains().size() == 1
    }

    def "disks that libxl does not stat: empty cdroms, scripts, driver domains, qdisk"() {
        when:
        def d = create('g', """disk = [ ',,hdc,cdrom', 'script=block-iscsi,vdev=xvda,target=iqn.x',
                                       'backend=driver,vdev=xvdb,target=/nowhere/b',
                                       'backendtype=qdisk,vdev=xvdc,target=/nowhere/c' ]""")

        then:
        d.domid() == 1
    }

    def "zvols are the embedded storage's: /dev/zvol/POOL/VOL must be one of its volumes"() {
        when:
        create('g', "disk = [ '/dev/zvol/tank/vm/g-disk0,raw,xvda,w' ]")

        then:
        def e = thrown(HvException)
        e.message == 'Disk vdev=xvda failed to stat: /dev/zvol/tank/vm/g-disk0: No such file or directory'
        host.storage().pools() == ['tank', 'zroot']
        !host.storage().exists('/dev/zvol/tank/vm/g-disk0')
    }

    def "a zvol of the embedded storage is a disk a guest can have"() {
        given: 'zfs create -p -V 10G tank/vm/g-disk0'
        host.storage().createVolume('tank/vm/g-disk0', 10737418240, [:], true, false)

        when:
        def d = create('g', "disk = [ '/dev/zvol/tank/vm/g-disk0,raw,xvda,w' ]")

        then:
        d.domid() == 1
        host.storage().exists('/dev/zvol/tank/vm/g-disk0')
        !host.storage().exists('/dev/zvol/zroot/vm/g-disk0')
        !host.storage().exists('/dev/zvol/tank')
    }

    def "a missing kernel or ramdisk fails the create with libxc's panic, its error code's words and the path"() {
        when:
        host.create(definition("""name = "g"
kernel = "$missing"
memory = 256
"""), false)

        then:
        def e = thrown(HvException)
        e.error() == HvError.FAIL
        e.message == "failed to open file '$missing': No such file or directory: Internal error"
        e.site().get().prefix(OptionalInt.empty()) == 'xc: error: panic: xg_dom_core.c:205: '

        when:
        create('g', "ramdisk = '$missing'")

        then:
        e = thrown(HvException)
        e.message == "failed to open file '$missing': No such file or directory: Internal error"

        where:
        missing = '/nonexistent/boot/vmlinuz-6.1'
    }

    def "an unknown pool is libxl's 'Illegal pool specified'; a pool is found by name or id"() {
        when:
        create('g', 'pool = "nosuch"')

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == 'Illegal pool specified: nosuch'

        when:
        def byId = create('g2', 'pool = "0"')
        def byName = create('g3', 'pool = "Pool-0"')

        then:
        byId.pool() == 'Pool-0'
        byName.pool() == 'Pool-0'
    }

    def "scheduler parameters from the config are checked against Xen's ranges"() {
        when:
        create('g', extra)

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == message

        where:
        extra                      | message
        'cpu_weight = 0'           | 'Cpu weight out of range, valid values are within range from 1 to 65535'
        'cpu_weight = 65536'       | 'Cpu weight out of range, valid values are within range from 1 to 65535'
        'vcpus = 2\ncap = 201'     | 'Cpu cap out of range, valid range is from 0 to 200 for specified number of vcpus'
    }

    def "weight and cap from the config are the domain's"() {
        when:
        def d = create('g', 'cpu_weight = 512\ncap = 50')

        then:
        host.schedParams(d.domid()).weight().asInt == 512
        host.schedParams(d.domid()).cap().asInt == 50
    }

    def "vcpu affinity from the config; a hard affinity outside the pool fails the create"() {
        when:
        def d = create('g', 'vcpus = 2\ncpus = "2-3"\ncpus_soft = ["1", "5"]')
        def vcpus = host.vcpus(d.domid())

        then:
        vcpus*.hardAffinity()*.toString() == ['{2, 3}', '{2, 3}']
        vcpus*.softAffinity()*.toString() == ['{1}', '{5}']
        vcpus.every { it.cpu() in [2, 3] }

        when:
        host.removeCpusFromPool('Pool-0', BitSet.valueOf([0b1100] as long[]))
        create('h', 'cpus = "2-3"')

        then:
        def e = thrown(HvException)
        e.message == "setting affinity failed on vcpu `0'"
    }

    def "the stored definition is the one given; Domain-0 has none"() {
        given:
        def d = create('g', 'vcpus = 2')

        expect:
        host.definition(d.domid()).get().config().name() == 'g'
        host.definition(d.domid()).get().config().vcpus().online() == 2
        host.definition(0).isEmpty()
    }

    def "a domain id that names no domain"() {
        when:
        host.pause(42)

        then:
        def e = thrown(HvException)
        e.error() == HvError.DOMAIN_NOTFOUND
        e.message == 'Non-existant domain'
        host.domain(42).isEmpty()
    }
}
