package xsh.hv.sim

import java.sql.DriverManager
import xsh.hv.HvException

class DomidAllocationSpec extends SimHostFixture {

    /** Sets Xen's rover behind the host's back, as if many domains had come and gone. */
    void rover(int value) {
        def c = DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h1/host.db')}")
        try {
            c.createStatement().executeUpdate("UPDATE host SET domid_rover = $value")
        } finally {
            c.close()
        }
    }

    def "ids count up from 1 after the last one handed out, even when lower ids are free"() {
        when:
        def a = create('a')
        def b = create('b')
        host.destroy(a.domid(), false)
        seconds(120)
        def c = create('c')

        then:
        [a, b, c]*.domid() == [1, 2, 3]
    }

    def "ids in use are skipped"() {
        given:
        create('a')
        create('b')
        create('c')
        rover(0)

        expect:
        create('d').domid() == 4
    }

    def "after 32751 (DOMID_FIRST_RESERVED - 1) the ids wrap to 1"() {
        given:
        rover(32749)

        expect:
        create('a').domid() == 32750
        create('b').domid() == 32751
        create('c').domid() == 1
        create('d').domid() == 2
    }

    def "an id freed in the last 60 s is not handed out again (libxl's LIBXL_DOMID_REUSE_TIMEOUT)"() {
        given:
        def a = create('a')
        host.destroy(a.domid(), false)
        rover(0)

        when:
        seconds(after)
        def b = create('b')

        then:
        b.domid() == domid

        where:
        after | domid
        0     | 2
        30    | 2
        60    | 2
        60.9  | 2
        61    | 1
        3600  | 1
    }

    def "a domain destroyed by its on_poweroff action counts as freed too"() {
        given:
        def a = create('a')
        host.shutdown(a.domid(), xsh.hv.ShutdownRequest.POWEROFF, false)
        seconds(2)
        rover(0)

        expect:
        info('a') == null
        create('b').domid() == 2
    }

    def "when every id is in use or recent, create fails and changes nothing"() {
        given: 'ids 1..32751 all freed just now, as if a script had churned through them'
        def c = DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h1/host.db')}")
        try {
            def st = c.prepareStatement('INSERT INTO recent_domids (domid, freed_ns) VALUES (?, ?)')
            c.autoCommit = false
            (1..32751).each { st.setInt(1, it); st.setLong(2, clock.nowNanos()); st.addBatch() }
            st.executeBatch()
            c.commit()
        } finally {
            c.close()
        }

        when:
        create('a')

        then:
        def e = thrown(HvException)
        e.message == 'domain creation fail: Cannot allocate memory'
        host.domains().size() == 1

        when:
        seconds(61)

        then:
        create('a').domid() == 1
    }
}
