package xsh.hv.sim.memory

import spock.lang.Specification

class DirtyWorkloadSpec extends Specification {

    def "a permutation of #size elements visits each once and inverts exactly"() {
        given:
        def permutation = new PagePermutation(size, key)

        when:
        def images = (0L..<size).collect { permutation.apply(it) }

        then:
        images.toSet() == (0L..<size).toSet()
        (0L..<size).every { permutation.invert(permutation.apply(it)) == it }

        where:
        size | key
        1    | 5
        2    | 5
        3    | 5
        1000 | 5
        1024 | -9
        1025 | 77
        4097 | 0
    }

    def "the order differs between keys and is not the identity"() {
        given:
        def a = new PagePermutation(4096, 1)
        def b = new PagePermutation(4096, 2)

        expect:
        (0..<4096).count { a.apply(it) == b.apply(it) } < 20
        (0..<4096).count { a.apply(it) == it } < 20
    }

    def "each cycle of #pages writes dirties every page once"() {
        given:
        def workload = new DirtyWorkload(3, pages)

        expect:
        (0..<3).every { cycle ->
            (0L..<pages).collect { workload.pageOf(cycle * pages + it) }.toSet().size() == pages
        }

        where:
        pages << [1, 7, 256, 1000]
    }

    def "pages written between #from and #to are those a replay finds (#pages pages)"() {
        given:
        def workload = new DirtyWorkload(11, pages)
        def replayed = new BitSet()
        for (long write = from; write < to; write++) {
            replayed.set((int) workload.pageOf(write))
        }

        expect:
        workload.pagesWrittenBetween(from, to) == replayed

        where:
        pages | from | to
        100   | 0    | 0
        100   | 5    | 5
        100   | 0    | 1
        100   | 0    | 100
        100   | 10   | 60
        100   | 90   | 130
        100   | 99   | 199
        100   | 100  | 200
        100   | 50   | 250
        100   | 1234 | 1300
        1     | 0    | 10
    }

    def "the last write to a page before a position is the one a replay finds (#pages pages, position #position)"() {
        given:
        def workload = new DirtyWorkload(-4, pages)
        def last = [:].withDefault { -1L }
        for (long write = 0; write < position; write++) {
            last[workload.pageOf(write)] = write
        }

        expect:
        (0L..<pages).every { workload.lastWriteBefore(it, position) == last[it] }

        where:
        pages | position
        64    | 0
        64    | 1
        64    | 30
        64    | 64
        64    | 65
        64    | 100
        64    | 128
        64    | 1000
        1     | 5
    }
}
