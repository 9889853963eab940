package xsh.hv.sim

import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.sql.DriverManager
import spock.lang.Requires
import xsh.cfg.cpupool.Scheduler
import xsh.hv.sim.store.StateFileException

import static xsh.hv.sim.MemoryVcpuSpec.bits

class PersistenceSpec extends SimHostFixture {

    def "a host is the same when opened again by another provider, later"() {
        given:
        def d = create('g', 'vcpus = 2\ncpus = "1-2"\non_crash = "preserve"').domid()
        host.pause(d)
        host.setMemoryTarget(d, 256 * 1024)
        host.removeCpusFromPool('Pool-0', bits(7))
        host.createCpupool('p', Scheduler.CREDIT, bits(7))
        def before = host.domains()
        host.close()

        when:
        def again = new SimHosts(home, clock).open('h1')

        then:
        again.domains() == before
        again.vcpus(d)*.hardAffinity() == [bits(1, 2), bits(1, 2)]
        again.cpupools()*.name() == ['Pool-0', 'p']
        again.hostInfo().freeMemoryMib() == 32768 - 256 - 8192 - 512

        cleanup:
        again?.close()
    }

    def "time keeps flowing while no process has the host open"() {
        given:
        def d = create('g', 'on_reboot = "restart"').domid()
        host.shutdown(d, xsh.hv.ShutdownRequest.REBOOT, false)
        host.close()

        when:
        seconds(3600)
        def again = new SimHosts(home, clock).open('h1')

        then:
        again.domainNamed('g').get().domid() == d + 1
        again.domainNamed('g').get().started() == clock.now().minusSeconds(3600 - 3)

        cleanup:
        again?.close()
    }

    def "a host's time never goes back, even for a process whose clock is behind"() {
        given:
        create('g')
        seconds(100)
        info('g')
        host.close()

        when: 'a provider whose clock is 50 s behind'
        def behind = new xsh.hv.sim.clock.ManualClock(clock.now().minusSeconds(50))
        def again = new SimHosts(home, behind).open('h1')
        again.pause(1)

        then:
        again.domain(1).get().started() == clock.now().minusSeconds(100)

        cleanup:
        again?.close()
    }

    def "a state file that is not a database is an error naming it, never a reset"() {
        given:
        host.close()
        def db = home.resolve('hosts/h1/host.db')
        Files.writeString(db, 'this is not a database, it is a text file that happens to be long enough ' * 20)

        when:
        hosts.open('h1')

        then:
        def e = thrown(StateFileException)
        e.message == "$db: not an xsh host database (file is not a database)"
        Files.readString(db).startsWith('this is not a database')
    }

    def "an SQLite database of something else"() {
        given:
        def db = home.resolve('hosts/other/host.db')
        Files.createDirectories(db.parent)
        def c = DriverManager.getConnection("jdbc:sqlite:$db")
        c.createStatement().execute('CREATE TABLE t (x)')
        c.close()

        when:
        hosts.open('other')

        then:
        def e = thrown(StateFileException)
        e.message == "$db: not an xsh host database (an SQLite database of something else, or empty)"
    }

    def "an empty state file (a crash before the first write would not leave one, but a user might)"() {
        given:
        host.close()
        def db = home.resolve('hosts/h1/host.db')
        Files.write(db, new byte[0])

        when:
        hosts.open('h1')

        then:
        def e = thrown(StateFileException)
        e.message.startsWith("$db: not an xsh host database")
    }

    def "a state of another schema version"() {
        given:
        host.close()
        def db = home.resolve('hosts/h1/host.db')
        def c = DriverManager.getConnection("jdbc:sqlite:$db")
        c.createStatement().execute('PRAGMA user_version = 7')
        c.close()

        when:
        hosts.open('h1')

        then:
        def e = thrown(StateFileException)
        e.message == "$db: host state schema version 7, but this xsh reads version ${xsh.hv.sim.store.Schema.VERSION} (made by a newer xsh)"
    }

    @Requires({ !System.getProperty('user.name').equals('root') })
    def "an unreadable state file"() {
        given:
        host.close()
        def db = home.resolve('hosts/h1/host.db')
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString('---------'))

        when:
        hosts.open('h1')

        then:
        def e = thrown(StateFileException)
        e.message == "$db: cannot open: permission denied (the host state must be readable and writable)"

        cleanup:
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString('rw-------'))
    }

    def "a directory where the state file should be"() {
        given:
        Files.createDirectories(home.resolve('hosts/d/host.db'))

        when:
        hosts.open('d')

        then:
        def e = thrown(StateFileException)
        e.message.endsWith('hosts/d/host.db: is a directory, not an xsh host database')
    }

    def "an effect that cannot be applied is dropped and logged; the host goes on"() {
        given:
        def c = DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h1/host.db')}")
        def st = c.prepareStatement("INSERT INTO events (due_ns, kind, payload) VALUES (?, 'RESTART', ?)")
        st.setLong(1, clock.nowNanos())
        st.setBytes(2, [1, 2, 3] as byte[])
        st.executeUpdate()
        c.close()

        when:
        def d = create('g')

        then:
        d.domid() == 1
        host.monitorLog()*.message().any { it.startsWith('dropped RESTART: ') }
    }

    def "host names are directory names"() {
        when:
        hosts.open(name)

        then:
        thrown(xsh.error.XshException)

        where:
        name << ['', '.', '..', 'a/b', '-x', 'x' * 65]
    }
}
